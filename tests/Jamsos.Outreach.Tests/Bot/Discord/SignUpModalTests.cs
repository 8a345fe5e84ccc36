using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class SignUpModalTests
{
    [Fact]
    public void Parse_LabelWrappedSubmit_ReadsTextInputsSelectAndCheckboxGroup()
    {
        var values = SignUpModalValues.Parse(Submitted("gateway_interaction_modal_submit.json"));

        Assert.Equal(new SignUpModalValues("Alex Sample", "+1 555 0100 123", "central", "Nurse", true), values);
    }

    [Fact]
    public void Parse_LegacyActionRowSubmit_ReadsTheSameFields()
    {
        var values = SignUpModalValues.Parse(Submitted("gateway_interaction_modal_submit_legacy.json"));

        Assert.Equal(new SignUpModalValues("Alex Sample", "+15550100123", "Central", "Nurse", true), values);
    }

    [Theory]
    [InlineData(Language.Id)]
    [InlineData(Language.En)]
    public void Build_FiveLabelsWithinDiscordsLimits_ConsentRequired(Language language)
    {
        var modal = SignUpModal.Build(language, new SignUpModalValues("Siti", "0812", "Kota Serang", "Ojol", false));

        var consent = modal.Components[^1].Child!;
        Assert.True(
            modal.Components.Count == 5 && modal.Title.Length <= 45 && modal.CustomId.Length <= 100
            && modal.Components.All(l => l.Type == ComponentTypes.Label && l.Label!.Length <= 45 && (l.Description?.Length ?? 0) <= 100 && l.Child!.CustomId!.Length <= 100)
            && modal.Components.Select(l => l.Child!).Where(c => c.Placeholder is not null).All(c => c.Placeholder!.Length <= 100)
            && consent.Type == ComponentTypes.CheckboxGroup && consent.Required == true && consent.Options!.Single().Label.Length <= 100
            && modal.Components[0].Child!.Value == "Siti");
    }

    private static IReadOnlyList<SubmittedComponent>? Submitted(string fixture) =>
        JsonSerializer.Deserialize(DiscordFixtures.Data(fixture), DiscordJsonContext.Default.Interaction)!.Data!.Components;
}
