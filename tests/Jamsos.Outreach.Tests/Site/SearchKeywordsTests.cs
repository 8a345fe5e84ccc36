using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The answers' <c>search:</c> front matter, read for Pagefind.</summary>
public sealed class SearchKeywordsTests
{
    [Fact]
    public void Read_KeywordsInFrontMatter_AreTheEntrysInLowerCase()
    {
        using var content = new TempContent();
        content.WriteFaq("iuran", "contoh.id.md", WithSearch("contoh", "[Iuran Ojol, iuran bulanan]"));
        var knowledge = ContentLoader.Load(content.Root);

        var keywords = SearchKeywords.Read(content.Root, knowledge.Entries).For(knowledge.Find("contoh", Language.Id)!);

        Assert.Equal(["iuran ojol", "iuran bulanan"], keywords);
    }

    [Fact]
    public void Read_SameKeywordInTwoEntries_FailsNamingTheFirstOwner()
    {
        using var content = new TempContent();
        content.WriteFaq("iuran", "satu.id.md", WithSearch("satu", "[iuran ojol]"));
        content.WriteFaq("iuran", "dua.id.md", WithSearch("dua", "[Iuran ojol]"));
        var knowledge = ContentLoader.Load(content.Root);

        var error = Assert.Throws<ContentException>(() => SearchKeywords.Read(content.Root, knowledge.Entries));

        Assert.Contains("'iuran ojol' is already a search keyword of faq/iuran/", error.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeywordWithAComma_FailsWithTheFileAndKey()
    {
        using var content = new TempContent();
        content.WriteFaq("iuran", "contoh.id.md", WithSearch("contoh", "[\"iuran, ojol\"]"));
        var knowledge = ContentLoader.Load(content.Root);

        var error = Assert.Throws<ContentException>(() => SearchKeywords.Read(content.Root, knowledge.Entries));

        Assert.Equal(("faq/iuran/contoh.id.md", "search"), (error.Errors.Single().File, error.Errors.Single().Key));
    }

    private static string WithSearch(string id, string search) =>
        FaqText.Entry(id, intent: "contribution_amount").Replace("type: other\n", $"type: other\nsearch: {search}\n", StringComparison.Ordinal);
}
