using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>netlify.toml: the headers issue 5 asks for, and a build command and publish folder that exist.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly string Toml = Path.Combine(RepositoryRoot.Path, "netlify.toml");

    [Fact]
    public void Headers_ContentSecurityPolicy_AllowsNoInlineScript()
    {
        var csp = StaticSiteServer.NetlifyHeaders(Toml).Single(h => h.Name == "Content-Security-Policy").Value;

        var scriptSource = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));

        Assert.Equal("script-src 'self' 'wasm-unsafe-eval'", scriptSource);
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    public void Headers_EveryPath_CarriesSecurityHeader(string name, string value)
    {
        var headers = StaticSiteServer.NetlifyHeaders(Toml);

        Assert.Contains((name, value), headers);
    }

    [Fact]
    public void Build_Command_RunsTheScriptThatExists()
    {
        var text = File.ReadAllText(Toml);

        Assert.Equal((true, true), (text.Contains("command = \"bash site/netlify-build.sh\"", StringComparison.Ordinal),
            File.Exists(Path.Combine(RepositoryRoot.Path, "site", "netlify-build.sh"))));
    }
}
