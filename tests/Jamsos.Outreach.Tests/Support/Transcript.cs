using Jamsos.Outreach.Bot.Core.Conversations;
using Xunit;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// Runs a conversation transcript (Fixtures/transcripts/*.txt) against an engine:
/// <c>&gt; text</c> the person types; <c>&gt; [Label]</c> presses the button whose label contains Label
/// on the last reply; <c>&gt; (phone +6281...)</c> shares a phone number; <c>&lt; text</c> the reply contains
/// text; <c>&lt;! text</c> it does not; <c>&lt; (silent)</c> no reply; <c>@ +25h</c> moves the clock; <c>@ date 2026-12-31</c> sets it to that day;
/// <c>@ restart</c> builds a new engine over the same stores; <c>@ group</c> / <c>@ private</c> /
/// <c>@ mention</c> switch the chat kind; <c>#</c> comments.
/// </summary>
public sealed class Transcript
{
    private readonly Func<ConversationEngine> newEngine;
    private readonly TestClock clock;
    private ConversationEngine engine;
    private Reply last = Reply.None;
    private bool group;
    private bool mention;

    public Transcript(Func<ConversationEngine> newEngine, TestClock clock, string user = "u1")
    {
        this.newEngine = newEngine;
        this.clock = clock;
        engine = newEngine();
        User = user;
    }

    public string User { get; set; }

    public Reply Last => last;

    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "transcripts"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "transcripts", name);

    public async Task RunFileAsync(string name)
    {
        var lineNo = 0;
        foreach (var raw in await File.ReadAllLinesAsync(PathOf(name)))
        {
            lineNo++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            await StepAsync(line, $"{name}:{lineNo}");
        }
    }

    public async Task StepAsync(string line, string where = "")
    {
        if (line.StartsWith("@ ", StringComparison.Ordinal))
        {
            var what = line[2..].Trim();
            switch (what)
            {
                case "restart": engine = newEngine(); break;
                case "group": group = true; mention = false; break;
                case "mention": group = true; mention = true; break;
                case "private": group = false; mention = false; break;
                default:
                    if (what.StartsWith('+') && what.EndsWith('h'))
                    {
                        clock.Advance(TimeSpan.FromHours(double.Parse(what[1..^1], System.Globalization.CultureInfo.InvariantCulture)));
                    }
                    else if (what.StartsWith("date ", StringComparison.Ordinal))
                    {
                        // Noon in Jakarta (UTC+7) on that day, so the product's "today" is that date.
                        var day = DateOnly.ParseExact(what[5..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                        clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
                    }
                    else if (what.StartsWith("user ", StringComparison.Ordinal))
                    {
                        User = what[5..];
                    }
                    else
                    {
                        Assert.Fail($"{where}: unknown directive '{line}'");
                    }

                    break;
            }

            return;
        }

        if (line.StartsWith("> ", StringComparison.Ordinal))
        {
            var input = line[2..];
            IncomingMessage message;
            if (input.StartsWith('[') && input.EndsWith(']'))
            {
                var label = input[1..^1];
                var button = last.AllButtons.FirstOrDefault(b => b.Label.Contains(label, StringComparison.OrdinalIgnoreCase));
                Assert.True(button is not null, $"{where}: no button '{label}' on the last reply. Buttons: {string.Join(" | ", last.AllButtons.Select(b => b.Label))}\nReply: {last.Text}");
                message = Message(null) with { Payload = button!.Payload };
            }
            else if (input.StartsWith("(phone ", StringComparison.Ordinal))
            {
                message = Message(null) with { SharedPhone = input[7..^1] };
            }
            else
            {
                message = Message(input.Replace("\\n", "\n", StringComparison.Ordinal));
            }

            last = await engine.HandleAsync(message);
            return;
        }

        if (line == "< (silent)")
        {
            Assert.True(last.IsNone, $"{where}: expected no reply, got: {last.Text}");
            return;
        }

        if (line.StartsWith("<! ", StringComparison.Ordinal))
        {
            Assert.False(Shown().Contains(line[3..], StringComparison.OrdinalIgnoreCase), $"{where}: reply should not contain '{line[3..]}'.\nReply: {Shown()}");
            return;
        }

        if (line.StartsWith("< ", StringComparison.Ordinal))
        {
            Assert.True(Shown().Contains(line[2..], StringComparison.OrdinalIgnoreCase), $"{where}: reply should contain '{line[2..]}'.\nReply: {Shown()}");
            return;
        }

        Assert.Fail($"{where}: cannot read '{line}'");
    }

    /// <summary>The reply as a person sees it: text plus button labels.</summary>
    public string Shown() => last.Text.ToPlainText() + "\n" + string.Join(" | ", last.AllButtons.Select(b => b.Label));

    private IncomingMessage Message(string? text) =>
        new("test", group ? "group1" : "chat-" + User, User, text, clock.GetUtcNow(), IsGroup: group, AddressedToBot: mention);
}
