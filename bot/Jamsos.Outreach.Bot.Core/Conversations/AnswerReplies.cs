using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Privacy;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Core.Text;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Free text and entry buttons answered from the content: the answer with its buttons ("Membantu?" and the
/// next useful step), "Maksud Anda…?" with suggestions below the threshold (recorded, masked, for the content
/// team), the sector question when an amount depends on it, and the crisis path after a death or an accident.
/// </summary>
public sealed class AnswerReplies
{
    private const int MaxTitleLength = 60;

    private readonly Answerer answerer;
    private readonly CrisisPaths crisisPaths;
    private readonly IUnansweredStore unanswered;
    private readonly IPersonHasher hasher;

    public AnswerReplies(Answerer answerer, CrisisPaths crisisPaths, IUnansweredStore unanswered, IPersonHasher hasher)
    {
        this.answerer = answerer;
        this.crisisPaths = crisisPaths;
        this.unanswered = unanswered;
        this.hasher = hasher;
    }

    /// <summary>
    /// "Hapus data saya" in free text: what /hapus deletes here, with it as a button (and one to see the data first),
    /// and that membership data is kept by BPJS Ketenagakerjaan itself (the Contact Center number from content/data).
    /// </summary>
    public TurnResult DeleteWish(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var contactCenter = answerer.Knowledge.Catalog.Text("kontak.contact_center", language);
        return new TurnResult(
            new Reply(
                RichText.From(DeleteWishText(language, contactCenter)),
                [[new Button(DeleteButton(language), new CommandPayload("hapus")), new Button(SeeMyDataButton(language), new CommandPayload(Commands.MyDataCommand.Name))]]),
            turn.State);
    }

    public async Task<TurnResult> AnswerAsync(Turn turn, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var state = turn.State;
        var context = new AnswerContext(state.Sector, state.Income, state.LastIntent);
        var result = answerer.Answer(text, turn.Today, TurnLanguage.Chosen(state), context);
        var language = result.Language;
        if (result.NeedsSector)
        {
            // The amount depends on the sector on this date: ask with the calculator's buttons, the income and the question's language kept.
            var ask = CalculatorDialogue.AskSector(language) with { Text = RichText.From(result.Text) };
            return new TurnResult(ask, state with
            {
                Flow = Flow.Calculator,
                Calculator = new CalculatorDraft(result.Income, language.Code()),
                SignUp = null,
                Income = result.Income,
                LastIntent = result.Intent,
            });
        }

        if (!result.Answered)
        {
            return await NotAnsweredAsync(turn, result, cancellationToken).ConfigureAwait(false);
        }

        return new TurnResult(Decorate(result, language), state with
        {
            LastEntryId = result.EntryId,
            LastIntent = result.Intent,
            Sector = result.Sector ?? state.Sector,
            Income = result.Income ?? state.Income,
        });
    }

    public TurnResult AnswerEntry(Turn turn, string entryId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = TurnLanguage.Chosen(turn.State) ?? turn.Language;
        var result = answerer.AnswerEntry(entryId, turn.Today, language);
        return new TurnResult(Decorate(result, language), turn.State with { LastEntryId = result.EntryId, LastIntent = result.Intent });
    }

    /// <summary>
    /// "Selengkapnya": the next screen of a long answer, rebuilt from its entry for today, with "more" again until
    /// the last. Part 0 is the entry's answer from its start (under a computed figure), part 1 on what follows.
    /// </summary>
    public TurnResult More(Turn turn, MorePayload more)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(more);
        var language = LanguageCodes.TryParse(more.Language, out var code) ? code : turn.Language;
        var screens = answerer.EntryScreens(more.EntryId, turn.Today, language);
        if (more.Part >= screens.Count)
        {
            return new TurnResult(Reply.Of(OldButton(language)), turn.State);
        }

        var rows = new List<IReadOnlyList<Button>>();
        if (more.Part < screens.Count - 1)
        {
            rows.Add([new Button(MoreButton(language), more with { Part = more.Part + 1 })]);
        }

        rows.Add([new Button(MenuButton(language), new CommandPayload("menu"))]);
        return new TurnResult(new Reply(RichText.From(screens[more.Part]), rows), turn.State);
    }

    private async Task<TurnResult> NotAnsweredAsync(Turn turn, AnswerResult result, CancellationToken cancellationToken)
    {
        var language = result.Language;
        if (result.Intent != Intents.Unknown)
        {
            // Kept under the person hash, never the user id: /hapus removes it, /datasaya shows it.
            var message = turn.Message;
            await unanswered.AddAsync(new UnansweredQuestion(PersonalDataMask.Mask(result.Question), result.Intent, result.Confidence,
                language.Code(), message.Channel, turn.Now, hasher.Hash(message.Channel, message.UserId), turn.State.Referrer), cancellationToken).ConfigureAwait(false);
        }

        if (result.Crisis != Crisis.None)
        {
            // Someone reporting a death or an accident gets sympathy and the next steps, not "Maksud Anda…?".
            return new TurnResult(crisisPaths.Opening(language, result.Crisis, result.Suggestions), turn.State);
        }

        var rows = result.Suggestions.Select(EntryRow).ToList();
        rows.Add([new Button(MenuButton(language), new CommandPayload("menu"))]);
        return new TurnResult(new Reply(RichText.From(result.Text), rows), turn.State);
    }

    /// <summary>
    /// An answer with its buttons: "Selengkapnya" when it is long, feedback, and the next useful step for its intent. After a reported
    /// death or accident, the sympathy line comes first and the crisis path's other steps lead the buttons.
    /// </summary>
    private Reply Decorate(AnswerResult result, Language language)
    {
        if (result.Intent == Intents.Greeting)
        {
            return new Reply(RichText.From(result.Text), Topics.Menu(language));
        }

        // The sympathy line after a reported death or accident is already in the text, inside the first screen.
        var text = RichText.From(result.Text);
        var rows = new List<IReadOnlyList<Button>>();
        if (result.Crisis != Crisis.None && result.Intent != Intents.Abuse)
        {
            rows.AddRange(crisisPaths.Steps(language, result.Related.Select(r => r.EntryId)));
        }

        // The rest of a long answer, one screen at a time, the whole answer on the site, the calculator.
        rows.AddRange(AnswerLinks.Rows(result, language));

        if (result.Intent != Intents.Abuse && result.EntryId is { } id)
        {
            rows.Add([new Button(Helpful(language), new FeedbackPayload(id, Helpful: true)), new Button(NotHelpful(language), new FeedbackPayload(id, Helpful: false))]);
        }

        // What the ranker put after the answer, one press away (after a crisis, Related holds the path's steps, shown above).
        if (result.Crisis == Crisis.None && result.Intent != Intents.Abuse)
        {
            rows.AddRange(result.Related.Select(EntryRow));
        }

        var next = new List<Button>();
        if (result.Intent is Intents.ContributionAmount or Intents.ContributionByIncome or Intents.ContributionBreakdown)
        {
            next.Add(new Button(CalculatorButton(language), new CommandPayload("iuran")));
        }

        if (result.Intent is Intents.SignupIntent or Intents.RegisterHow or Intents.EligibilityBpu)
        {
            next.Add(new Button(SignUpButton(language), new CommandPayload("daftar")));
        }

        next.Add(new Button(MenuButton(language), new CommandPayload("menu")));
        rows.Add(next);
        return new Reply(text, rows);
    }

    /// <summary>An offered entry as a row of one button: its title, shortened, opening its answer.</summary>
    internal static IReadOnlyList<Button> EntryRow(Suggestion entry) => [new Button(Shorten(entry.Title), new EntryPayload(entry.EntryId))];

    private static string Shorten(string title) => title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 3)] + "...";
}
