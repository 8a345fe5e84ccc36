using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Core.Buttons;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class DiscordCustomIdTests
{
    private const string Owner = "816354164736131083";

    [Fact]
    public void TryDecode_EngineButtonWithOwner_GivesTheTypedPayloadAndOwner()
    {
        var ok = DiscordCustomId.TryDecode("v1:su:edit#" + Owner, out var pressed, out var payload, out var owner);

        Assert.Equal((true, new SignUpEditPayload(), "v1:su:edit", Owner), (ok, pressed, payload, owner));
    }

    [Fact]
    public void TryDecode_UnknownSignUpAction_IsRefused()
    {
        var ok = DiscordCustomId.TryDecode("v1:su:district:2#" + Owner, out _, out _, out _);

        Assert.False(ok);
    }
}
