using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// /iuran: asks the monthly income, then the sector, and answers the normal and (when in force on the
/// date) discounted contribution, with and without JHT. The maths is the Knowledge calculator's.
/// </summary>
public sealed class CalculatorDialogue
{
    private readonly Answerer answerer;

    public CalculatorDialogue(Answerer answerer)
    {
        this.answerer = answerer;
    }

    public static (Reply Reply, ConversationState Next) Start(ConversationState state, Language language)
    {
        ArgumentNullException.ThrowIfNull(state);
        return (AskIncome(language, null), state with { Flow = Flow.Calculator, Calculator = new CalculatorDraft(), SignUp = null });
    }

    /// <summary>One step: typed text, or a pressed calculator button (<paramref name="pressed"/>).</summary>
    public (Reply Reply, ConversationState Next) Handle(ConversationState state, string? text, CalculatorPayload? pressed, Language language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = state.Calculator ?? new CalculatorDraft();
        // The language of the message that gave the income (a pressed button or "ojol" says little), unless /bahasa chose one.
        language = TurnLanguage.Chosen(state) ?? (LanguageCodes.TryParse(draft.Language, out var asked) ? asked : language);
        if (pressed is CalculatorCancelPayload)
        {
            return (Reply.Of(Cancelled(language)), state with { Flow = Flow.None, Calculator = null });
        }

        if (draft.Income is null)
        {
            // The site's calculator reads the same grammar: one clear monthly amount, or asked again with why not.
            if (!IncomeText.TryParse(text, out var income, out var problem))
            {
                return (AskIncome(language, IncomeText.Message(problem, language)), state);
            }

            return (AskSector(language), state with { Calculator = draft with { Income = income, Language = language.Code() } });
        }

        // A button, or the sector typed in either language ("transport", "ojol", "pedagang", "lainnya").
        var sector = pressed is CalculatorSectorPayload chosen ? chosen.Sector : Answerer.SectorReply(text);
        if (sector is null)
        {
            return (AskSector(language), state);
        }

        var result = answerer.AnswerContribution(draft.Income.Value, sector.Value, today, language);
        var reply = new Reply(RichText.From(result.Text),
            [.. AnswerLinks.Rows(result, language),
             [new Button(CalculatorButton(language), new CommandPayload("iuran")), new Button(SignUpButton(language), new CommandPayload("daftar"))],
             [new Button(MenuButton(language), new CommandPayload("menu"))]]);
        return (reply, state with { Flow = Flow.None, Calculator = null, LastEntryId = result.EntryId, LastIntent = result.Intent, Sector = sector, Income = draft.Income });
    }

    private static Reply AskIncome(Language l, string? problem) => new(
        RichText.From((problem is null ? string.Empty : problem + "\n") + T(l,
            "Berapa penghasilan Anda per bulan? Contoh: 2,5 juta atau 2500000.",
            "What is your monthly income? For example 2.5 million or 2500000.")),
        [[new Button(T(l, "✖ Batal", "✖ Cancel"), new CalculatorCancelPayload())]],
        InputKind.Number);

    /// <summary>The sector question with its buttons (also used when a free-text income needs the sector).</summary>
    public static Reply AskSector(Language l) => new(
        RichText.From(T(l, "Anda bekerja di sektor apa?", "Which sector do you work in?")),
        [
            [new Button(T(l, "Transportasi (ojol, opang, sopir, kurir)", "Transport (ojol, opang, driver, courier)"), new CalculatorSectorPayload(Sector.Transport))],
            [new Button(T(l, "Lainnya (petani, pedagang, dll.)", "Other (farmer, trader, etc.)"), new CalculatorSectorPayload(Sector.Other))],
            [new Button(T(l, "Iuran saya dibayar pemda", "My contribution is paid by the local government"), new CalculatorSectorPayload(Sector.GovernmentPaid))],
            [new Button(T(l, "✖ Batal", "✖ Cancel"), new CalculatorCancelPayload())],
        ]);
}
