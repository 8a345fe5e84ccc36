using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>
/// Issue 15, point 7, on Telegram: a typed region that is both a Kota and a Kabupaten ("bekasi") is asked
/// about with an inline button each, within Telegram's limits, and pressing one completes the region.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class TelegramSignUpRegionTests
{
    private const long User = 6012345678;
    private readonly KnowledgeFixture knowledge;
    private long nextId = 815_200_000; // above the fixtures' ids: an offset confirms every lower id

    public TelegramSignUpRegionTests(KnowledgeFixture knowledge)
    {
        this.knowledge = knowledge;
    }

    [Fact]
    public async Task SignUp_AmbiguousRegion_InlineChoiceButtonsWithinTelegramsLimits()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await ToRegionStepAsync(bot);

        var question = await SayAsync(bot, "bekasi");

        var buttons = question["reply_markup"].GetProperty("inline_keyboard").EnumerateArray().SelectMany(r => r.EnumerateArray()).ToList();
        Assert.True(
            buttons.Take(2).Select(b => b.GetProperty("text").GetString()).SequenceEqual(["Kota Bekasi", "Kabupaten Bekasi"])
            && buttons.All(b => System.Text.Encoding.UTF8.GetByteCount(b.GetProperty("callback_data").GetString()!) is >= 1 and <= 64)
            && question["text"].GetString() == "Kota Bekasi atau Kabupaten Bekasi?",
            question.Body);
    }

    [Fact]
    public async Task SignUp_AmbiguousRegionChoicePressed_CompletesTheRegionAndSendStoresIt()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await ToRegionStepAsync(bot);
        var question = await SayAsync(bot, "bekasi");
        var kabupaten = question["reply_markup"].GetProperty("inline_keyboard").EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Single(b => b.GetProperty("text").GetString() == "Kabupaten Bekasi").GetProperty("callback_data").GetString()!;

        await PressAsync(bot, kabupaten, "Kabupaten Bekasi");
        await PressAsync(bot, Payloads.SignUp("o:0"));
        await PressAsync(bot, Payloads.SignUp("c:telegram"));
        await PressAsync(bot, Payloads.SignUp("n:yes"));
        var summary = await PressAsync(bot, Payloads.SignUp("consent:yes"));
        await PressAsync(bot, Payloads.SignUp("confirm"));

        Assert.Equal((true, "Kabupaten Bekasi"), (summary["text"].GetString()!.Contains("Kabupaten Bekasi", StringComparison.Ordinal), bot.Database.Scalar("SELECT region FROM signups") as string));
    }

    private long Next() => Interlocked.Increment(ref nextId);

    private async Task ToRegionStepAsync(TelegramHarness bot)
    {
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");
        var count = bot.Api.Calls("sendMessage").Count;
        bot.Api.EnqueueUpdates(FakeBotApi.ContactUpdate(Next(), "+6281234567890", User));
        await bot.Api.WaitForAsync("sendMessage", count + 2);
    }

    private async Task<RecordedRequest> SayAsync(TelegramHarness bot, string text)
    {
        var count = bot.Api.Calls("sendMessage").Count;
        bot.Api.EnqueueUpdates(FakeBotApi.TextUpdate(Next(), text));
        return (await bot.Api.WaitForAsync("sendMessage", count + 1))[^1];
    }

    private async Task<RecordedRequest> PressAsync(TelegramHarness bot, string payload, string label = "Pilihan")
    {
        var count = bot.Api.Calls("sendMessage").Count;
        bot.Api.EnqueueUpdates(FakeBotApi.CallbackUpdate(Next(), payload, label: label));
        return (await bot.Api.WaitForAsync("sendMessage", count + 1))[^1];
    }
}
