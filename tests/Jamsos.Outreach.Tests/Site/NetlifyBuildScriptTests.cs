using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// site/netlify-build.sh, the command Netlify runs. The branches run against recording fakes of dotnet,
/// curl, npm and npx (Netlify's network is not reachable here); one test runs the real script with the
/// real dotnet and Pagefind on a copy of the repository, as a fresh Netlify checkout would.
/// </summary>
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private const string SiteUrl = "https://jamsos-outreach.netlify.app";

    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "site", "netlify-build.sh");

    /// <summary>The system tools the script and the fakes use; nothing else is on the fake PATH.</summary>
    private static readonly string[] SystemTools = ["bash", "dirname", "grep", "mkdir", "rm", "mktemp", "cat", "chmod", "cp"];

    private static readonly string[] SystemFolders = ["/usr/bin", "/bin"];

    private readonly string work = Path.Combine(Path.GetTempPath(), "jamsos-netlify-" + Guid.NewGuid().ToString("N")[..8]);

    public NetlifyBuildScriptTests()
    {
        Directory.CreateDirectory(work);
    }

    private string Log => Path.Combine(work, "calls.log");

    [Fact]
    public async Task Script_Sdk10Installed_BuildsAndIndexesWithoutDownloadingAnything()
    {
        var (repo, path) = FakeMachine(systemDotnetSdk: "10.0.401");

        var (exit, _, error) = await RunScriptAsync(repo, path);

        var calls = await File.ReadAllLinesAsync(Log);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain(calls, c => c.StartsWith("curl", StringComparison.Ordinal));
        Assert.Contains("system-dotnet run --project site -c Release -- --output site-output --base-url " + SiteUrl, calls);
        Assert.Contains("npx --no-install pagefind --site site-output", calls);
    }

    [Fact]
    public async Task Script_OnlyAnOlderSdk_InstallsNet10WithTheOfficialScriptAndBuildsWithIt()
    {
        var (repo, path) = FakeMachine(systemDotnetSdk: "8.0.404");

        var (exit, _, error) = await RunScriptAsync(repo, path);

        var calls = await File.ReadAllLinesAsync(Log);
        Assert.True(exit == 0, error);
        Assert.Contains(calls, c => c.StartsWith("curl -fsSL https://dot.net/v1/dotnet-install.sh -o ", StringComparison.Ordinal));
        Assert.Contains("dotnet-install --channel 10.0 --install-dir " + Path.Combine(work, "dotnet-home"), calls);
        Assert.Contains("installed-dotnet run --project site -c Release -- --output site-output --base-url " + SiteUrl, calls);
        Assert.DoesNotContain(calls, c => c.StartsWith("system-dotnet run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Script_NoDotnetAtAll_InstallsItFirst()
    {
        var (repo, path) = FakeMachine(systemDotnetSdk: null);

        var (exit, _, error) = await RunScriptAsync(repo, path);

        var calls = await File.ReadAllLinesAsync(Log);
        Assert.True(exit == 0, error);
        Assert.Equal(
            ["curl", "dotnet-install", "installed-dotnet", "npx"],
            calls.Select(c => c.Split(' ')[0]).Distinct().ToArray());
    }

    [Fact]
    public async Task Script_NoPagefindInstalled_RunsNpmCiFirst()
    {
        var (repo, path) = FakeMachine(systemDotnetSdk: "10.0.401", withPagefind: false);

        var (exit, _, error) = await RunScriptAsync(repo, path);

        var calls = (await File.ReadAllLinesAsync(Log)).Select(c => c.Split(' ')[0]).ToList();
        Assert.True(exit == 0, error);
        Assert.True(calls.IndexOf("npm") >= 0 && calls.IndexOf("npm") < calls.IndexOf("npx"), string.Join(", ", calls));
    }

    [Fact]
    public async Task Script_BuildFails_StopsBeforePagefind()
    {
        var (repo, path) = FakeMachine(systemDotnetSdk: "10.0.401", buildExitCode: 1);

        var (exit, _, _) = await RunScriptAsync(repo, path);

        Assert.Equal((1, false), (exit, (await File.ReadAllTextAsync(Log)).Contains("npx", StringComparison.Ordinal)));
    }

    /// <summary>The real script, real dotnet and real Pagefind, on a clean copy of the files git tracks (or would).</summary>
    [Fact]
    public async Task Script_RealToolsOnACleanCopy_PublishesPagesAndASearchIndex()
    {
        var repo = Path.Combine(work, "checkout");
        var tracked = await ExternalTools.RunAsync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], RepositoryRoot.Path, TimeSpan.FromSeconds(30));
        Assert.True(tracked.ExitCode == 0, tracked.Error);
        foreach (var file in tracked.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => !f.StartsWith("tests/", StringComparison.Ordinal) && !f.StartsWith("bot/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(repo, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryRoot.Path, file), target);
        }

        Assert.True(Directory.Exists(Path.Combine(RepositoryRoot.NodeModules, "pagefind")), "npm ci has not run (.ci/run runs it).");
        Directory.CreateSymbolicLink(Path.Combine(repo, "node_modules"), RepositoryRoot.NodeModules);

        var (exit, output, error) = await ExternalTools.RunAsync("bash", [Path.Combine(repo, "site", "netlify-build.sh")], repo, TimeSpan.FromMinutes(5),
            new Dictionary<string, string?> { ["URL"] = SiteUrl });

        var published = Path.Combine(repo, "site-output");
        Assert.True(exit == 0, output + error);
        Assert.Equal(
            (true, true, true),
            (File.ReadAllText(Path.Combine(published, "index.html")).Contains($"<link rel=\"canonical\" href=\"{SiteUrl}/\"", StringComparison.Ordinal),
             File.Exists(Path.Combine(published, "pagefind", "pagefind.js")),
             File.Exists(Path.Combine(published, "404.html"))));
    }

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(string repo, string path) =>
        await ExternalTools.RunAsync("/bin/bash", [Path.Combine(repo, "site", "netlify-build.sh")], repo, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?>
            {
                ["PATH"] = path,
                ["URL"] = SiteUrl,
                ["HOME"] = work,
                ["DOTNET_INSTALL_DIR"] = Path.Combine(work, "dotnet-home"),
                ["CALL_LOG"] = Log,
            });

    /// <summary>
    /// A repository holding only the script, and a PATH of recording fakes plus the few system tools the
    /// script needs: no real dotnet, curl, npm or npx is reachable through it.
    /// </summary>
    private (string Repo, string Path) FakeMachine(string? systemDotnetSdk, bool withPagefind = true, int buildExitCode = 0)
    {
        var repo = Path.Combine(work, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "site"));
        File.Copy(Script, Path.Combine(repo, "site", "netlify-build.sh"));
        if (withPagefind)
        {
            Directory.CreateDirectory(Path.Combine(repo, "node_modules", "pagefind"));
        }

        var tools = Path.Combine(work, "tools");
        Directory.CreateDirectory(tools);
        foreach (var tool in SystemTools)
        {
            var real = SystemFolders.Select(dir => Path.Combine(dir, tool)).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(tools, tool), real);
        }

        var fakes = Path.Combine(work, "fakes");
        Directory.CreateDirectory(fakes);
        string Dotnet(string name, string sdk) => $$"""
            #!/bin/bash
            echo "{{name}} $*" >> "$CALL_LOG"
            case "$1" in
              --list-sdks) echo "{{sdk}} [/usr/share/dotnet/sdk]" ;;
              run) exit {{buildExitCode}} ;;
            esac
            """;
        if (systemDotnetSdk is not null)
        {
            WriteTool(fakes, "dotnet", Dotnet("system-dotnet", systemDotnetSdk));
        }

        // The official install script is replaced by one that records its arguments and "installs" a dotnet.
        var installer = Path.Combine(work, "installer.sh");
        File.WriteAllText(installer, """
            echo "dotnet-install $*" >> "$CALL_LOG"
            mkdir -p "$4"
            cp "$INSTALLED_DOTNET" "$4/dotnet"
            chmod +x "$4/dotnet"
            """.Replace("$INSTALLED_DOTNET", Path.Combine(work, "installed-dotnet"), StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(work, "installed-dotnet"), Dotnet("installed-dotnet", "10.0.401"));
        WriteTool(fakes, "curl", $$"""
            #!/bin/bash
            echo "curl $*" >> "$CALL_LOG"
            cp "{{installer}}" "$4"
            """);
        WriteTool(fakes, "npm", "#!/bin/bash\necho \"npm $*\" >> \"$CALL_LOG\"\n");
        WriteTool(fakes, "npx", "#!/bin/bash\necho \"npx $*\" >> \"$CALL_LOG\"\n");
        return (repo, fakes + Path.PathSeparator + tools);
    }

    private static void WriteTool(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
