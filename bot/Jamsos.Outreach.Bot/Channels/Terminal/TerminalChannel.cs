using Jamsos.Outreach.Bot.Staff;
using Jamsos.Outreach.Bot.Core.Conversations;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Channels.Terminal;

/// <summary>
/// A chat in the terminal over the same engine as Telegram and Discord: one local user, buttons as
/// numbered choices (type the number to press one). Ends the application at end of input.
/// </summary>
internal sealed class TerminalChannel : BackgroundService
{
    public const string Channel = "terminal";
    public const string LocalUser = "local";

    private readonly ConversationEngine engine;
    private readonly TerminalIO io;
    private readonly IHostApplicationLifetime lifetime;
    private readonly TimeProvider clock;

    public TerminalChannel(ConversationEngine engine, TerminalIO io, IHostApplicationLifetime lifetime, TimeProvider clock)
    {
        this.engine = engine;
        this.io = io;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and print its own lines) before the chat takes the terminal.
        await Task.Yield();
        await io.Output.WriteLineAsync("Jamsos.Outreach — chat di terminal. Ketik pertanyaan, nomor pilihan, atau /bantuan. Ctrl+D untuk keluar.").ConfigureAwait(false);
        IReadOnlyList<Button> choices = [];
        await Say(new IncomingMessage(Channel, LocalUser, LocalUser, "/start", clock.GetUtcNow()), stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            await io.Output.WriteAsync("\n> ").ConfigureAwait(false);
            var line = await io.Input.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var message = int.TryParse(line, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count
                ? new IncomingMessage(Channel, LocalUser, LocalUser, null, clock.GetUtcNow(), Payload: choices[n - 1].Payload)
                : new IncomingMessage(Channel, LocalUser, LocalUser, line, clock.GetUtcNow());
            choices = await Say(message, stoppingToken).ConfigureAwait(false);
        }

        lifetime.StopApplication();

        async Task<IReadOnlyList<Button>> Say(IncomingMessage message, CancellationToken token)
        {
            var reply = await engine.HandleAsync(message, token).ConfigureAwait(false);
            if (reply.IsNone)
            {
                return choices;
            }

            await io.Output.WriteLineAsync("\n" + TerminalRenderer.Render(reply, out var shown)).ConfigureAwait(false);
            await io.Output.FlushAsync(token).ConfigureAwait(false);
            if (reply.Attachment is { } file)
            {
                var path = Path.Combine(Directory.GetCurrentDirectory(), file.FileName);
                await PrivateFile.WriteAsync(path, file.Content, token).ConfigureAwait(false);
                await io.Output.WriteLineAsync($"(saved to {path})").ConfigureAwait(false);
            }

            choices = shown;
            return shown;
        }
    }
}
