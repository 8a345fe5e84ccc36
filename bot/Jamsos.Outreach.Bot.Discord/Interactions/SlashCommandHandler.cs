using System.Globalization;
using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// The slash commands: /tanya and /bantuan answer in the channel; /iuran (an income is personal) and
/// /hapus answer ephemerally; /daftar opens the modal. Each goes through the engine as the matching
/// chat command, so answers, state and rate limits are the chat's.
/// </summary>
internal sealed class SlashCommandHandler
{
    private readonly ConversationEngine engine;
    private readonly InteractionResponder responder;
    private readonly SignUpFormOpener signUp;

    public SlashCommandHandler(ConversationEngine engine, InteractionResponder responder, SignUpFormOpener signUp)
    {
        this.engine = engine;
        this.responder = responder;
        this.signUp = signUp;
    }

    public Task HandleAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var data = interaction.Data;
        Task<Reply> Engine(string text, string? payload, CancellationToken ct) =>
            engine.HandleAsync(DiscordIncoming.From(interaction, text, payload, receivedAt), ct);

        switch (data?.Name)
        {
            case DiscordCommands.SignUp:
                return signUp.OpenAsync(interaction, prefill: true, cancellationToken);
            case DiscordCommands.Ask:
                var question = Option(data, DiscordCommands.AskQuestion) ?? string.Empty;
                return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: false, ct => Engine(question, null, ct), cancellationToken);
            case DiscordCommands.Contribution:
                var income = Option(data, DiscordCommands.ContributionIncome) ?? string.Empty;
                var sector = Option(data, DiscordCommands.ContributionSector) ?? string.Empty;
                return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: true, async ct =>
                {
                    // The calculator dialogue, answered in one go: start, income, sector.
                    await Engine("/iuran", null, ct).ConfigureAwait(false);
                    await Engine(income, null, ct).ConfigureAwait(false);
                    var reply = await engine.HandleAsync(DiscordIncoming.From(interaction, null, Payloads.Calculator(sector), receivedAt), ct).ConfigureAwait(false);
                    return reply with { Private = true };
                }, cancellationToken);
            case DiscordCommands.Delete:
                return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: true, ct => Engine("/hapus", null, ct), cancellationToken);
            case DiscordCommands.Help:
                return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: false, ct => Engine("/bantuan", null, ct), cancellationToken);
            default:
                return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: true, ct => Engine("/" + (data?.Name ?? "?"), null, ct), cancellationToken);
        }
    }

    /// <summary>An option's value as text: strings as they are, numbers in invariant digits.</summary>
    private static string? Option(InteractionData data, string name)
    {
        var value = data.Options?.FirstOrDefault(o => o.Name == name)?.Value;
        return value switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            { ValueKind: JsonValueKind.Number } n => n.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
