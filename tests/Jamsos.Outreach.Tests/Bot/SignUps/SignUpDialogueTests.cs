using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.SignUps;

/// <summary>The dialogue as a pure function: replies, next states and the sign-up to store, with no store at all.</summary>
public sealed class SignUpDialogueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 3, 0, 0, TimeSpan.Zero);
    private static readonly IncomingMessage Pressed = new("test", "c1", "u1", null, Now);

    private readonly SignUpDialogue dialogue = new();

    [Fact]
    public void Handle_SendOnTheSummary_ReturnsTheSignUpToStoreAndEndsTheForm()
    {
        var outcome = dialogue.Handle(AtSummary(), Pressed, new SignUpConfirmPayload(), Language.Id, Now);

        Assert.Equal(("+6281234567890", "u1", "agen007", Flow.None), (outcome.ToStore!.Phone, outcome.ToStore.UserId, outcome.ToStore.Referrer, outcome.Next.Flow));
    }

    [Fact]
    public void Handle_EditOnTheSummary_StoresNothing()
    {
        var outcome = dialogue.Handle(AtSummary(), Pressed, new SignUpEditPayload(), Language.Id, Now);

        Assert.Equal((null, SignUpStep.EditChoice), (outcome.ToStore, outcome.Next.SignUp!.Step));
    }

    [Fact]
    public void Handle_RefusedConsent_DropsTheDraft()
    {
        var state = AtSummary() with { SignUp = AtSummary().SignUp! with { Step = SignUpStep.Consent } };

        var outcome = dialogue.Handle(state, Pressed, new SignUpConsentPayload(Agreed: false), Language.Id, Now);

        Assert.Equal((Flow.None, (SignUpDraft?)null, (SignUp?)null), (outcome.Next.Flow, outcome.Next.SignUp, outcome.ToStore));
    }

    [Theory]
    [InlineData(ContactMethod.Discord, "v1:su:c:discord")]
    [InlineData(ContactMethod.Telegram, "v1:su:c:telegram")]
    public void Handle_ContactQuestion_OffersTheChannelsOwnContactFirst(ContactMethod channelContact, string firstPayload)
    {
        var state = AtSummary() with { SignUp = new SignUpDraft(SignUpStep.Occupation) };

        var outcome = dialogue.Handle(state, Pressed with { ChannelContact = channelContact }, new SignUpOccupationPayload(0), Language.Id, Now);

        Assert.Equal(firstPayload, outcome.Reply.Buttons[0][0].Payload);
    }

    [Fact]
    public void Handle_RegionThatIsAKotaAndAKabupaten_AsksWhichWithTheirCodes()
    {
        var outcome = dialogue.Handle(AtStep(SignUpStep.Region), Pressed with { Text = "bekasi" }, null, Language.Id, Now);

        Assert.Equal(("Kota Bekasi atau Kabupaten Bekasi?", SignUpStep.RegionChoice, "v1:su:rk:32.75", "v1:su:rk:32.16", "v1:su:cancel"),
            (outcome.Reply.Text.ToPlainText(), outcome.Next.SignUp!.Step, outcome.Reply.Buttons[0][0].Payload, outcome.Reply.Buttons[1][0].Payload, outcome.Reply.Buttons[2][0].Payload));
    }

    [Fact]
    public void Handle_RegionTypedAfterOther_IsNormalised()
    {
        var outcome = dialogue.Handle(AtStep(SignUpStep.RegionOther), Pressed with { Text = "kab. bogor" }, null, Language.Id, Now);

        Assert.Equal(("Kabupaten Bogor", SignUpStep.Occupation), (outcome.Next.SignUp!.Region, outcome.Next.SignUp.Step));
    }

    [Fact]
    public void Handle_RegionChoicePressed_KeepsTheCanonicalNameAndMovesOn()
    {
        var asked = dialogue.Handle(AtStep(SignUpStep.Region), Pressed with { Text = "bekasi" }, null, Language.Id, Now).Next;

        var outcome = dialogue.Handle(asked, Pressed, new SignUpRegencyPayload("32.16"), Language.Id, Now);

        Assert.Equal(("Kabupaten Bekasi", SignUpStep.Occupation), (outcome.Next.SignUp!.Region, outcome.Next.SignUp.Step));
    }

    [Theory]
    [InlineData("kab", "Kabupaten Bekasi")]
    [InlineData("Kota", "Kota Bekasi")]
    [InlineData("depok", "Kota Depok")]
    public void Handle_RegionChoiceTyped_TakesAPrefixOrAnotherPlace(string typed, string expected)
    {
        var asked = dialogue.Handle(AtStep(SignUpStep.Region), Pressed with { Text = "bekasi" }, null, Language.Id, Now).Next;

        var outcome = dialogue.Handle(asked, Pressed with { Text = typed }, null, Language.Id, Now);

        Assert.Equal((expected, SignUpStep.Occupation), (outcome.Next.SignUp!.Region, outcome.Next.SignUp.Step));
    }

    [Fact]
    public void Handle_RegionChoiceWhileEditing_ReturnsToTheSummary()
    {
        var editing = AtSummary() with { SignUp = AtSummary().SignUp! with { Step = SignUpStep.Region, Editing = true } };
        var asked = dialogue.Handle(editing, Pressed with { Text = "bogor" }, null, Language.Id, Now).Next;

        var outcome = dialogue.Handle(asked, Pressed, new SignUpRegencyPayload("32.71"), Language.Id, Now);

        Assert.Equal(("Kota Bogor", SignUpStep.Summary), (outcome.Next.SignUp!.Region, outcome.Next.SignUp.Step));
    }

    [Fact]
    public void Submit_AmbiguousRegion_AsksWhichWithTheConsentTextAndThenShowsTheSummary()
    {
        var submitted = dialogue.Submit(Fresh(), Form() with { Region = "Bekasi" }, Language.Id, Now);

        var outcome = dialogue.Handle(submitted.Next, Pressed, new SignUpRegencyPayload("32.16"), Language.Id, Now);

        Assert.Equal((SignUpFormStatus.NeedsChoice, true, SignUpStep.Summary, "Kabupaten Bekasi"),
            (submitted.Result.Status, submitted.Result.Reply.Text.ToPlainText().Contains(ConsentText.For(Language.Id), StringComparison.Ordinal),
                outcome.Next.SignUp!.Step, outcome.Next.SignUp.Region));
    }

    [Fact]
    public void Submit_InvalidPhone_StopsThereWithTheNameKept()
    {
        var outcome = dialogue.Submit(Fresh(), Form() with { Phone = "12" }, Language.Id, Now);

        Assert.Equal((SignUpFormStatus.Invalid, SignUpStep.Phone, SignUpStep.Phone, "Siti"),
            (outcome.Result.Status, outcome.Result.InvalidStep, outcome.Next.SignUp!.Step, outcome.Next.SignUp.Name));
    }

    [Fact]
    public void Submit_ValidForm_WaitsAtTheSummaryWithTheConsentRecorded()
    {
        var outcome = dialogue.Submit(Fresh(), Form(), Language.Id, Now);

        Assert.Equal((SignUpFormStatus.ReadyToConfirm, SignUpStep.Summary, ConsentText.Version, (DateTimeOffset?)Now),
            (outcome.Result.Status, outcome.Next.SignUp!.Step, outcome.Next.SignUp.ConsentVersion, outcome.Next.SignUp.ConsentAt));
    }

    [Fact]
    public void Submit_NoConsent_LeavesNoDraft()
    {
        var outcome = dialogue.Submit(Fresh(), Form() with { Consent = false }, Language.Id, Now);

        Assert.Equal((SignUpFormStatus.Declined, Flow.None, (SignUpDraft?)null), (outcome.Result.Status, outcome.Next.Flow, outcome.Next.SignUp));
    }

    private static ConversationState Fresh() => new(new ChatKey("test", "c1"), "u1", Now, Referrer: "agen007");

    private static ConversationState AtStep(SignUpStep step) => Fresh() with
    {
        Flow = Flow.SignUp,
        SignUp = new SignUpDraft(step, "Siti", "+6281234567890"),
    };

    private static ConversationState AtSummary() => Fresh() with
    {
        Flow = Flow.SignUp,
        SignUp = new SignUpDraft(SignUpStep.Summary, "Siti", "+6281234567890", "Kota Serang", "Pedagang", ContactMethod.WhatsApp, true, ConsentText.Version, Now),
    };

    private static SignUpForm Form() => new("Siti", "0812 3456 7890", "kota serang", "Pedagang", Consent: true, ContactMethod.Discord);
}
