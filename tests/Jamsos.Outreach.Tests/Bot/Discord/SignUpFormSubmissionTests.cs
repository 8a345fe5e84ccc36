using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>The Core entry point the Discord modal uses: the chat's dialogue, validation and consent, fed a whole form.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class SignUpFormSubmissionTests
{
    private readonly InMemoryStores stores = new();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));
    private readonly ConversationEngine engine;

    public SignUpFormSubmissionTests(KnowledgeFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        engine = TestEngine.Create(fixture.Answerer, stores, clock, new BotOptions { RateLimitPerMinute = 3 });
    }

    private static IncomingMessage Message => new("discord", "816354164736131083", "816354164736131083", null, DateTimeOffset.UnixEpoch, LanguageHint: "id");

    [Fact]
    public async Task Submit_ValidForm_WaitsAtTheSummaryAndStoresNothingYet()
    {
        var result = await engine.SubmitSignUpFormAsync(Message, Form());

        Assert.Equal((SignUpFormStatus.ReadyToConfirm, true, 0), (result.Status, result.Reply.AllButtons.Any(b => b.Payload == Payloads.SignUp("confirm")), stores.SignUps.Count));
    }

    [Fact]
    public async Task Submit_ThenSend_StoresWithConsentVersionAndDiscordContact()
    {
        await engine.SubmitSignUpFormAsync(Message, Form());

        await engine.HandleAsync(Message with { Payload = Payloads.SignUp("confirm") });

        var stored = Assert.Single(stores.SignUps);
        Assert.Equal(("+6281234567890", "Kota Serang", ConsentText.Version, ContactMethod.Discord), (stored.Phone, stored.Region, stored.ConsentVersion, stored.ContactMethod));
    }

    [Theory]
    [InlineData("", "0812 3456 7890", SignUpStep.Name)]
    [InlineData("Siti", "+1 555 0100 123", SignUpStep.Phone)]
    public async Task Submit_InvalidField_NamesTheStepAndGivesOnlyTheProblemLine(string name, string phone, SignUpStep step)
    {
        var result = await engine.SubmitSignUpFormAsync(Message, Form() with { Name = name, Phone = phone });

        Assert.Equal((SignUpFormStatus.Invalid, step, false), (result.Status, result.InvalidStep, result.Problem!.Spans.Any(s => s.Kind == TextSpanKind.LineBreak)));
    }

    [Fact]
    public async Task Submit_NoConsent_DeclinedAndNothingKept()
    {
        var result = await engine.SubmitSignUpFormAsync(Message, Form() with { Consent = false });

        Assert.Equal((SignUpFormStatus.Declined, 0), (result.Status, stores.SignUps.Count));
    }

    [Fact]
    public async Task Submit_RegionThatIsAKotaAndAKabupaten_AsksWhichAndStoresTheChoiceOnSend()
    {
        var asked = await engine.SubmitSignUpFormAsync(Message, Form() with { Region = "bekasi" });
        var choice = asked.Reply.AllButtons.Single(b => b.Label == "Kabupaten Bekasi").Payload;

        await engine.HandleAsync(Message with { Payload = choice });
        await engine.HandleAsync(Message with { Payload = Payloads.SignUp("confirm") });

        Assert.Equal((SignUpFormStatus.NeedsChoice, "v1:su:rk:32.16", "Kabupaten Bekasi"), (asked.Status, choice, Assert.Single(stores.SignUps).Region));
    }

    [Fact]
    public async Task Submit_CountsAsOneMessageForTheRateLimit()
    {
        await engine.SubmitSignUpFormAsync(Message, Form());
        await engine.SubmitSignUpFormAsync(Message, Form());

        var third = await engine.SubmitSignUpFormAsync(Message, Form());

        Assert.Equal(SignUpFormStatus.ReadyToConfirm, third.Status);
    }

    private static SignUpForm Form() => new("Siti", "0812 3456 7890", "kota serang", "Pedagang", Consent: true, ContactMethod.Discord);
}
