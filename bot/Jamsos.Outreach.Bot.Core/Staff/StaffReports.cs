using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Core.Staff;

/// <summary>
/// The outreach team's views of the data: sign-up export (CSV or JSON Lines), statistics, and the
/// questions the bot could not answer. Pure formatting over what the stores return.
/// </summary>
public static class StaffReports
{
    private static readonly string[] CsvHeader =
        ["created_at", "updated_at", "name", "phone", "region", "occupation", "contact_method", "news_opt_in", "consent_version", "consent_at", "channel", "referrer", "language"];

    private static readonly StaffJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    public static SignUpExportRow ToRow(SignUp s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SignUpExportRow(Time(s.CreatedAt), Time(s.UpdatedAt), s.Name, s.Phone, s.Region, s.Occupation, s.ContactMethod.ToString(),
            s.NewsOptIn, s.ConsentVersion, Time(s.ConsentAt), s.Channel, s.Referrer, s.Language);
    }

    /// <summary>RFC 4180 CSV. Cells that a spreadsheet would run as a formula are neutralised.</summary>
    public static string Csv(IEnumerable<SignUp> signUps)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', CsvHeader).Append("\r\n");
        foreach (var r in signUps.Select(ToRow))
        {
            string[] cells = [r.CreatedAt, r.UpdatedAt, r.Name, r.Phone, r.Region, r.Occupation, r.ContactMethod, r.NewsOptIn ? "yes" : "no",
                r.ConsentVersion, r.ConsentAt, r.Channel, r.Referrer ?? string.Empty, r.Language];
            text.AppendJoin(',', cells.Select(CsvCell)).Append("\r\n");
        }

        return text.ToString();
    }

    public static string JsonLines(IEnumerable<SignUp> signUps)
    {
        var text = new StringBuilder();
        foreach (var row in signUps.Select(ToRow))
        {
            text.Append(JsonSerializer.Serialize(row, Json.SignUpExportRow)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A cell starting with =, +, -, @ (or a tab or carriage return) is run as a formula by spreadsheet
    /// programs: a name typed as "=HYPERLINK(…)" must stay text. Prefixing a quote keeps it text (OWASP).
    /// Phone numbers start with "+", so they are neutralised too; the quote shows but the value is safe.
    /// </summary>
    public static string CsvCell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cell = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>The text report; with <paramref name="reminders"/>, also the payment reminders (active, lapse warnings sent).</summary>
    public static string Stats(IReadOnlyList<SignUp> signUps, IReadOnlyList<Feedback> feedback, IReadOnlyList<UnansweredQuestion> unanswered, int top = 10, ReminderCounts? reminders = null)
    {
        ArgumentNullException.ThrowIfNull(signUps);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(unanswered);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sign-ups: {signUps.Count} (news opt-in: {signUps.Count(s => s.NewsOptIn)})\n");
        Section(text, "By day", signUps.GroupBy(s => s.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal), top * 3);
        Section(text, "By region", signUps.GroupBy(s => s.Region).OrderByDescending(g => g.Count()), top);
        Section(text, "By occupation", signUps.GroupBy(s => s.Occupation).OrderByDescending(g => g.Count()), top);
        Section(text, "By channel", signUps.GroupBy(s => s.Channel).OrderByDescending(g => g.Count()), top);
        Section(text, "By referrer", signUps.GroupBy(s => s.Referrer ?? "(none)").OrderByDescending(g => g.Count()), top);

        var helpful = feedback.Count(f => f.Helpful);
        text.Append(CultureInfo.InvariantCulture, $"\nAnswer feedback: {feedback.Count} votes, {helpful} helpful ({Percent(helpful, feedback.Count)})\n");
        foreach (var entry in feedback.GroupBy(f => f.EntryId).OrderBy(g => (double)g.Count(f => f.Helpful) / g.Count()).ThenByDescending(g => g.Count()).Take(top))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {entry.Key}: {entry.Count(f => f.Helpful)}/{entry.Count()} helpful\n");
        }

        if (reminders is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nPayment reminders: {reminders.Active} active, {reminders.LapseWarnings} lapse warning(s) sent\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nUnanswered questions: {unanswered.Count}\n");
        foreach (var intent in unanswered.GroupBy(u => u.Intent).OrderByDescending(g => g.Count()).Take(top))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {intent.Key}: {intent.Count()}\n");
        }

        return text.ToString();
    }

    /// <summary>The questions below the threshold, grouped by best-guess intent, most frequent first.</summary>
    public static string Unanswered(IReadOnlyList<UnansweredQuestion> questions, int perIntent = 10)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Unanswered questions: {questions.Count}\n");
        foreach (var intent in questions.GroupBy(q => q.Intent).OrderByDescending(g => g.Count()))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n[{intent.Key}] {intent.Count()}\n");
            foreach (var same in intent.GroupBy(q => q.Question.Trim().ToLowerInvariant()).OrderByDescending(g => g.Count()).Take(perIntent))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {same.Count()}x  {same.First().Question}\n");
            }
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<IGrouping<string, SignUp>> groups, int top)
    {
        text.Append('\n').Append(title).Append(":\n");
        foreach (var group in groups.Take(top))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group.Key}: {group.Count()}\n");
        }
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
