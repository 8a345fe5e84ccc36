using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Issue 15, point 7, on the wire: an answer cut into screens carries its site page as a URL button beside "Selengkapnya".</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class TelegramLinkButtonTests
{
    private readonly KnowledgeFixture knowledge;

    public TelegramLinkButtonTests(KnowledgeFixture knowledge)
    {
        this.knowledge = knowledge;
    }

    [Fact]
    public async Task LongAnswer_WithASiteAddress_SendsTheSitePageAsAUrlButtonBesideMore()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, services: s => s.AddSingleton(knowledge.Linked));

        bot.Api.EnqueueUpdates(FakeBotApi.CallbackUpdate(815_300_001, Payloads.Entry("beasiswa")));
        var sent = (await bot.Api.WaitForAsync("sendMessage", 1))[^1];

        var row = sent["reply_markup"].GetProperty("inline_keyboard")[0];
        Assert.Equal(("v1:mo:1:id:beasiswa", KnowledgeFixture.SiteBaseUrl + "/jkm/beasiswa/"), (row[0].GetProperty("callback_data").GetString(), row[1].GetProperty("url").GetString()));
    }
}
