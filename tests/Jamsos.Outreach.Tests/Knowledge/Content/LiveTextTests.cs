using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

/// <summary>The date-aware discount sentence ({{ live.discount_status }}).</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class LiveTextTests
{
    private static readonly DateOnly Before = new(2025, 12, 15);
    private static readonly DateOnly TransportOnlyEarly = new(2026, 2, 15);
    private static readonly DateOnly Both = new(2026, 11, 21);
    private static readonly DateOnly TransportOnlyLate = new(2027, 2, 15);
    private static readonly DateOnly After = new(2027, 6, 1);

    private readonly LiveText live;

    public LiveTextTests(KnowledgeFixture fixture)
    {
        live = fixture.Knowledge.Live;
    }

    [Fact]
    public void DiscountStatusText_BeforeDuringAfter_AllDiffer()
    {
        var texts = new[] { Before, TransportOnlyEarly, Both, TransportOnlyLate, After }.Select(d => live.DiscountStatusText(Language.Id, d));

        Assert.Equal(5, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("2026-02-15")]
    [InlineData("2026-11-21")]
    [InlineData("2027-02-15")]
    public void DiscountStatusText_During_MentionsDiscountedPrice(string date)
    {
        var text = live.DiscountStatusText(Language.Id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("Rp8.400", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_DuringInEnglish_MentionsDiscountedPriceWithEnglishDigits()
    {
        var text = live.DiscountStatusText(Language.En, Both);

        Assert.Contains("Rp8,400", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_After_SaysItHasEnded()
    {
        var text = live.DiscountStatusText(Language.Id, After);

        Assert.Contains("sudah berakhir", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_Before_SaysWhenItStarts()
    {
        var text = live.DiscountStatusText(Language.Id, Before);

        Assert.StartsWith("Mulai iuran Januari 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_TransportOnlyAfterOthersEnded_SaysOthersEnded()
    {
        var text = live.DiscountStatusText(Language.Id, TransportOnlyLate);

        Assert.Contains("sudah berakhir Desember 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextWithToken_ReplacesToken()
    {
        var text = live.Render("Info: {{live.discount_status}}", Language.Id, Both);

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }
}
