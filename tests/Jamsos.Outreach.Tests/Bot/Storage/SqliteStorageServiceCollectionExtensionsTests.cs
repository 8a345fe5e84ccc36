using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

public sealed class SqliteStorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Theory]
    [InlineData(typeof(ISignUpStore), typeof(SqliteSignUpStore))]
    [InlineData(typeof(IConversationStore), typeof(SqliteConversationStore))]
    [InlineData(typeof(IFeedbackStore), typeof(SqliteFeedbackStore))]
    [InlineData(typeof(IUnansweredStore), typeof(SqliteUnansweredStore))]
    [InlineData(typeof(IProcessedUpdateStore), typeof(SqliteProcessedUpdateStore))]
    public void AddSqliteStorage_Port_ResolvesTheSqliteStore(Type port, Type adapter)
    {
        using var services = Build(temp.FilePath);

        var store = services.GetRequiredService(port);

        Assert.IsType(adapter, store);
    }

    [Fact]
    public void AddSqliteStorage_ConnectionStringFromConfiguration_IsTheDatabaseFile()
    {
        using var services = Build(temp.FilePath);

        var database = services.GetRequiredService<SqliteDatabase>();

        Assert.Equal(temp.FilePath, database.FilePath);
    }

    [Fact]
    public void AddSqliteStorage_EmptyConnectionString_FailsStartupValidation()
    {
        using var services = Build("  ");

        var validator = services.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(validator.Validate);
    }

    public void Dispose() => temp.Dispose();

    private static ServiceProvider Build(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString })
            .Build();
        return new ServiceCollection().AddSqliteStorage(configuration).BuildServiceProvider();
    }
}
