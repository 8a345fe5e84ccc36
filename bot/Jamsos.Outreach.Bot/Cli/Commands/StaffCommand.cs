using System.CommandLine;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// A staff tool over the bot's own database (Storage__ConnectionString): opens the host's store, checks
/// the file once (a broken or locked file is one clear sentence, exit 2), then reads from it.
/// </summary>
internal abstract class StaffCommand(string name, string description, CliContext context) : CliCommand(name, description, context)
{
    protected sealed override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        using var host = Context.CreateHostBuilder().Build();
        await host.Services.GetRequiredService<IStorageCheck>().CheckAsync(stop).ConfigureAwait(false);
        return await RunAsync(parse, host.Services, stop).ConfigureAwait(false);
    }

    protected abstract Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop);
}
