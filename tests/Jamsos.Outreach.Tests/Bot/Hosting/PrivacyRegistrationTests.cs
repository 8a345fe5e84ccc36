using Jamsos.Outreach.Bot.Core.Privacy;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Hosting;

/// <summary>
/// The host's person hasher: keyed by Privacy:Salt when it is set (and refusing a bad one in one sentence),
/// otherwise by a salt made once and kept in the database, the same for every start on that database.
/// </summary>
public sealed class PrivacyRegistrationTests : IDisposable
{
    private static readonly byte[] Salt = Enumerable.Range(1, 24).Select(i => (byte)i).ToArray();

    private readonly TempDatabase temp = new();

    [Fact]
    public async Task StartAsync_SaltConfigured_HashesWithIt()
    {
        using var host = await StartAsync("--Privacy:Salt=" + Convert.ToBase64String(Salt));

        var hash = host.Services.GetRequiredService<IPersonHasher>().Hash("telegram", "7");

        Assert.Equal(new HmacPersonHasher(Salt).Hash("telegram", "7"), hash);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAECAwQFBgcICQ==")]
    public async Task StartAsync_SaltInvalid_FailsInOneSentenceWithoutTheValue(string salt)
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("--Privacy:Salt=" + salt));

        Assert.Equal(
            (true, false),
            (ex.Message.Contains("Privacy:Salt must be base64 of at least 16 random bytes", StringComparison.Ordinal), ex.Message.Contains(salt, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StartAsync_NoSaltConfigured_KeepsOneSaltInTheDatabaseForEveryStart()
    {
        string first, second;
        using (var host = await StartAsync())
        {
            first = host.Services.GetRequiredService<IPersonHasher>().Hash("telegram", "7");
        }

        using (var host = await StartAsync())
        {
            second = host.Services.GetRequiredService<IPersonHasher>().Hash("telegram", "7");
        }

        Assert.Equal((first, 1L), (second, (long)temp.Scalar("SELECT COUNT(*) FROM person_hash_salt;")!));
    }

    [Fact]
    public void Hash_BeforeTheHostStarted_Throws()
    {
        using var host = BotHost.CreateBuilder(["--Storage:ConnectionString=" + temp.FilePath], TimeProvider.System).Build();

        Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IPersonHasher>().Hash("telegram", "7"));
    }

    public void Dispose() => temp.Dispose();

    private async Task<IHost> StartAsync(params string[] extra)
    {
        var host = BotHost.CreateBuilder(["--Storage:ConnectionString=" + temp.FilePath, .. extra], TimeProvider.System).Build();
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
