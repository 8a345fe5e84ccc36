using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/start, with a deep-link argument: ref_&lt;code&gt; (an agent's referral), daftar, or a menu topic.</summary>
public sealed class StartCommand : ICommand
{
    private const string ReferralPrefix = "ref_";

    private readonly SignUpCommand signUp;
    private readonly AnswerReplies answers;
    private readonly BotOptions options;

    public StartCommand(SignUpCommand signUp, AnswerReplies answers, BotOptions options)
    {
        this.signUp = signUp;
        this.answers = answers;
        this.options = options;
    }

    public IReadOnlyList<string> Names { get; } = ["start"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(argument);
        var state = turn.State;
        if (argument.StartsWith(ReferralPrefix, StringComparison.Ordinal) && ReferralCode.TryParse(argument[ReferralPrefix.Length..], out var code))
        {
            state = state with { Referrer = code };
        }
        else if (argument == "daftar")
        {
            return signUp.ExecuteAsync(turn, string.Empty, cancellationToken);
        }
        else if (Topics.EntryOf.TryGetValue(argument, out var entry))
        {
            return Task.FromResult(answers.AnswerEntry(turn, entry));
        }

        var language = turn.Language;
        return Task.FromResult(new TurnResult(new Reply(RichText.From(Welcome(language, options.Name)), Topics.Menu(language)), state));
    }
}
