using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Channels.Telegram.Webhook;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>
/// Every update fixture of the protocol brief, POSTed to the real webhook endpoint on Kestrel and taken
/// off the real queue: each field the channel reads must arrive as the raw JSON has it. This is where a
/// wrong JSON setup shows (the library's types read with the host's default options lose dates, entity
/// types and callback queries), so the expected values come from the fixture text, not from the library.
/// </summary>
public sealed class TelegramWebhookFixtureTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "s3cr3t_Token-ForTests_0123456789";
    private const string Path = "/telegram/webhook";

    private readonly ConcurrentDictionary<long, TaskCompletionSource<Update>> received = new();
    private readonly ChatOrderedQueue queue = new(lanes: 2, capacity: 64);
    private readonly CancellationTokenSource stop = new();
    private readonly HttpClient http = new();
    private WebApplication app = null!;
    private Task workers = Task.CompletedTask;
    private string address = string.Empty;

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "telegram"), "update_*.json").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(file));
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        TelegramWebhookEndpoints.Map(app, Path, new SecretTokenCheck(Secret), queue, new TelegramHealth(TelegramMode.Webhook), TelegramWebhookEndpoints.RefusalCounter(TimeProvider.System, NullLogger.Instance), NullLogger.Instance);
        await app.StartAsync();
        address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        workers = queue.RunAsync(
            (update, _) =>
            {
                Slot(update.Id).TrySetResult(update);
                return Task.CompletedTask;
            },
            stop.Token);
    }

    public async Task DisposeAsync()
    {
        queue.Complete();
        await stop.CancelAsync();
        await workers;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public void Dispose()
    {
        http.Dispose();
        stop.Dispose();
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Endpoint_EveryUpdateFixture_DeliversEveryFieldWeRead(string name)
    {
        var json = TelegramFixtures.Read(name);
        using var raw = JsonDocument.Parse(json);

        var update = await PostAsync(json, raw.RootElement.GetProperty("update_id").GetInt64());

        Assert.Empty(Differences(raw.RootElement, update));
    }

    [Fact]
    public async Task Endpoint_CallbackOnInaccessibleMessage_KeepsTheChatAndIsNotAccessible()
    {
        var json = TelegramFixtures.Read("update_callback_query_inaccessible.json");

        var update = await PostAsync(json, 815000008);

        Assert.Equal((6012345678L, false), (update.CallbackQuery!.Message!.Chat.Id, update.CallbackQuery.Message.IsAccessible));
    }

    /// <summary>Every field the channel reads (UpdateMapper, the ordering key, the processor), compared with the raw JSON.</summary>
    private static List<string> Differences(JsonElement raw, Update update)
    {
        var diff = new List<string>();
        void Check(string field, object? expected, object? actual)
        {
            if (!Equals(expected, actual))
            {
                diff.Add($"{field}: expected {expected ?? "null"}, got {actual ?? "null"}");
            }
        }

        Check("update_id", raw.GetProperty("update_id").GetInt64(), (long)update.Id);
        Check("message", raw.TryGetProperty("message", out var message), update.Message is not null);
        if (update.Message is { } m)
        {
            CheckMessage("message", message, m, Check);
        }

        Check("edited_message", raw.TryGetProperty("edited_message", out var edited), update.EditedMessage is not null);
        if (update.EditedMessage is { } e)
        {
            CheckMessage("edited_message", edited, e, Check);
        }

        Check("callback_query", raw.TryGetProperty("callback_query", out var callback), update.CallbackQuery is not null);
        if (update.CallbackQuery is { } c)
        {
            Check("callback_query.id", Str(callback, "id"), c.Id);
            Check("callback_query.from.id", callback.GetProperty("from").GetProperty("id").GetInt64(), c.From.Id);
            Check("callback_query.from.language_code", Str(callback.GetProperty("from"), "language_code"), c.From.LanguageCode);
            Check("callback_query.data", Str(callback, "data"), c.Data);
            Check("callback_query.message", callback.TryGetProperty("message", out var held), c.Message is not null);
            if (c.Message is { } cm)
            {
                CheckMessage("callback_query.message", held, cm, Check);
            }
        }

        Check("my_chat_member", raw.TryGetProperty("my_chat_member", out var member), update.MyChatMember is not null);
        if (update.MyChatMember is { } mc)
        {
            Check("my_chat_member.chat.id", member.GetProperty("chat").GetProperty("id").GetInt64(), mc.Chat.Id);
            Check("my_chat_member.new_chat_member.status", Str(member.GetProperty("new_chat_member"), "status"), Snake(mc.NewChatMember.Status));
        }

        Check("chat of the update", ExpectedChat(raw), update.ChatId);
        return diff;
    }

    private static void CheckMessage(string at, JsonElement raw, Message message, Action<string, object?, object?> check)
    {
        check(at + ".message_id", raw.GetProperty("message_id").GetInt64(), (long)message.Id);
        // The library reads an InaccessibleMessage's date 0 as default(DateTime), not as the Unix epoch.
        check(at + ".date", raw.GetProperty("date").GetInt64(), message.Date == default ? 0L : new DateTimeOffset(message.Date, TimeSpan.Zero).ToUnixTimeSeconds());
        check(at + ".accessible", raw.GetProperty("date").GetInt64() != 0, message.IsAccessible);
        check(at + ".chat.id", raw.GetProperty("chat").GetProperty("id").GetInt64(), message.Chat.Id);
        check(at + ".chat.type", Str(raw.GetProperty("chat"), "type"), Snake(message.Chat.Type));
        check(at + ".from", raw.TryGetProperty("from", out var from), message.From is not null);
        if (message.From is { } sender)
        {
            check(at + ".from.id", from.GetProperty("id").GetInt64(), sender.Id);
            check(at + ".from.is_bot", from.GetProperty("is_bot").GetBoolean(), sender.IsBot);
            check(at + ".from.language_code", Str(from, "language_code"), sender.LanguageCode);
        }

        check(at + ".text", Str(raw, "text"), message.Text);
        check(at + ".migrate_to_chat_id", Long(raw, "migrate_to_chat_id"), message.MigrateToChatId);
        check(at + ".migrate_from_chat_id", Long(raw, "migrate_from_chat_id"), message.MigrateFromChatId);
        check(at + ".reply_to_message.from.id", raw.TryGetProperty("reply_to_message", out var replied) && replied.TryGetProperty("from", out var author) ? author.GetProperty("id").GetInt64() : null, message.ReplyToMessage?.From?.Id);
        check(at + ".contact", raw.TryGetProperty("contact", out var contact), message.Contact is not null);
        if (message.Contact is { } card)
        {
            check(at + ".contact.user_id", Long(contact, "user_id"), card.UserId);
            check(at + ".contact.phone_number", Str(contact, "phone_number"), card.PhoneNumber);
        }

        var entities = raw.TryGetProperty("entities", out var list) ? list.EnumerateArray().ToList() : [];
        check(at + ".entities", entities.Count, message.Entities?.Length ?? 0);
        for (var i = 0; i < Math.Min(entities.Count, message.Entities?.Length ?? 0); i++)
        {
            var entity = message.Entities![i];
            check($"{at}.entities[{i}]", (Str(entities[i], "type"), entities[i].GetProperty("offset").GetInt32(), entities[i].GetProperty("length").GetInt32()), (Snake(entity.Type), entity.Offset, entity.Length));
            check($"{at}.entities[{i}].user.id", entities[i].TryGetProperty("user", out var user) ? user.GetProperty("id").GetInt64() : null, entity.User?.Id);
        }

        var buttons = raw.TryGetProperty("reply_markup", out var markup) && markup.TryGetProperty("inline_keyboard", out var rows)
            ? string.Join(";", rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(b => Str(b, "text") + "=" + Str(b, "callback_data")))
            : null;
        check(at + ".reply_markup.inline_keyboard", buttons, message.ReplyMarkup is { } keyboard ? string.Join(";", keyboard.InlineKeyboard.SelectMany(r => r).Select(b => b.Text + "=" + b.CallbackData)) : null);
    }

    /// <summary>The chat the channel orders an update by, read from the raw JSON the way the brief defines it.</summary>
    private static long? ExpectedChat(JsonElement raw)
    {
        foreach (var kind in new[] { "message", "edited_message" })
        {
            if (raw.TryGetProperty(kind, out var message))
            {
                return message.GetProperty("chat").GetProperty("id").GetInt64();
            }
        }

        if (raw.TryGetProperty("callback_query", out var callback))
        {
            return callback.TryGetProperty("message", out var held) ? held.GetProperty("chat").GetProperty("id").GetInt64() : callback.GetProperty("from").GetProperty("id").GetInt64();
        }

        return raw.TryGetProperty("my_chat_member", out var member) ? member.GetProperty("chat").GetProperty("id").GetInt64() : null;
    }

    private static string? Str(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static long? Long(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetInt64() : null;

    private static string Snake<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private TaskCompletionSource<Update> Slot(long updateId) =>
        received.GetOrAdd(updateId, _ => new TaskCompletionSource<Update>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task<Update> PostAsync(string json, long updateId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, address + Path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(SecretTokenCheck.HeaderName, Secret);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Slot(updateId).Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
