using System.Globalization;
using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// The monthly reminder as the person gets it: the pay day, the amount due for that month as the rules
/// give it on the pay date (the Knowledge calculator: discount in force or ended, with and without JHT),
/// the payment channels (the summary of the content's "cara-bayar" entry, so channels live in one place),
/// no fines, and from the lapse threshold on (iuran.lapse_months) the warning that protection stops.
/// </summary>
public sealed class ReminderMessage
{
    /// <summary>The FAQ entry whose summary names the payment channels.</summary>
    public const string HowToPayEntry = "cara-bayar";

    private readonly KnowledgeBase knowledge;

    public ReminderMessage(Answerer answerer)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        knowledge = answerer.Knowledge;
    }

    /// <summary>Unpaid months in a row after which protection stops (content/data, fact B23).</summary>
    public int LapseMonths => (int)knowledge.Catalog.Number("iuran.lapse_months");

    public string App(Language l) => knowledge.Catalog.Text("kontak.app", l);

    public string ContactCenter(Language l) => knowledge.Catalog.Text("kontak.contact_center", l);

    /// <summary>The band's lower bound: the only income figure a reminder keeps.</summary>
    public decimal BandFloor(decimal income) => knowledge.Calculator.Bands.For(income).From;

    /// <summary>"Rp3.200.000–Rp3.699.999" (or "Rp20.200.000 atau lebih" for the top band).</summary>
    public string BandText(decimal incomeFrom, Language l)
    {
        var bands = knowledge.Calculator.Bands;
        var band = bands.For(incomeFrom);
        return bands.UpperBound(band) is { } upper
            ? ValueFormatter.Rupiah(band.From, l) + "\u2013" + ValueFormatter.Rupiah(upper, l)
            : ValueFormatter.Rupiah(band.From, l) + (l == Language.En ? " or more" : " atau lebih");
    }

    /// <summary>The amount due for the month of <paramref name="payDate"/>, as the rules give it on that date.</summary>
    public string AmountLine(Sector sector, decimal incomeFrom, DateOnly payDate, Language l)
    {
        var quote = knowledge.Calculator.Calculate(incomeFrom, sector, payDate);
        var status = quote.Discount is { } discount
            ? ReminderTexts.Discounted(l, ValueFormatter.Percent(discount.Rate, l), discount.Regulation, ValueFormatter.Date(discount.LastDay, l))
            : quote.SectorPeriod is { } period && period.HasEndedBy(payDate)
                ? ReminderTexts.DiscountEnded(l, ValueFormatter.Date(period.LastDay, l))
                : ReminderTexts.NormalRate(l);
        return ReminderTexts.AmountLine(l, ValueFormatter.Month(payDate, l), ValueFormatter.Rupiah(quote.Payable, l), status,
            ValueFormatter.Rupiah(quote.Payable + quote.Jht, l));
    }

    /// <summary>The reminder for its <see cref="PaymentReminder.NextPayDate"/>; <paramref name="unconfirmed"/> counts this one.</summary>
    public Reply Build(PaymentReminder reminder, int unconfirmed)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var l = LanguageCodes.TryParse(reminder.Language, out var parsed) ? parsed : Language.Id;
        var text = new RichText().Bold(ReminderTexts.Heading(l)).Paragraph()
            .Plain(ReminderTexts.PayDay(l, ValueFormatter.Date(reminder.NextPayDate, l))).Line()
            .Plain(AmountLine(reminder.Sector, reminder.IncomeFrom, reminder.NextPayDate, l)).Paragraph();
        if (knowledge.Find(HowToPayEntry, l) is { } howToPay)
        {
            text.Plain(ReminderTexts.HowToPayLead(l)).Plain(knowledge.Live.Render(howToPay.Summary, l, reminder.NextPayDate)).Paragraph();
        }

        text.Plain(ReminderTexts.NoFines(l));
        if (IsLapseWarning(unconfirmed))
        {
            text.Paragraph().Bold(ReminderTexts.LapseWarning(l, unconfirmed, LapseMonths));
        }

        return new Reply(text, Buttons(l));
    }

    /// <summary>The warning goes with the reminder that makes <see cref="LapseMonths"/> in a row without a press, and every one after.</summary>
    public bool IsLapseWarning(int unconfirmed) => unconfirmed >= LapseMonths;

    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Language l) =>
    [
        [new Button(ReminderTexts.Paid(l), new ReminderPaidPayload())],
        [new Button(ReminderTexts.ChangeDay(l), new ReminderChangeDayPayload()), new Button(ReminderTexts.Stop(l), new ReminderStopPayload())],
        [new Button(ReminderTexts.HowToPay(l), new EntryPayload(HowToPayEntry))],
    ];

    public static string SendTimeText(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);
}
