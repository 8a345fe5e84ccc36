using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Rules;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Buttons;

/// <summary>Every v1 button string the bot has ever sent, pinned: old buttons in people's chats keep working.</summary>
public sealed class PayloadCodecTests
{
    public static TheoryData<string, Payload> V1Buttons => new()
    {
        { "v1:m:iuran", new TopicPayload("iuran") },
        { "v1:m:kantor", new TopicPayload("kantor") },
        { "v1:e:iuran-bpu", new EntryPayload("iuran-bpu") },
        { "v1:mo:1:id:beasiswa", new MorePayload("beasiswa", 1, "id") },
        { "v1:mo:2:en:klaim-jkp", new MorePayload("klaim-jkp", 2, "en") },
        { "v1:mo:0:id:iuran-per-penghasilan", new MorePayload("iuran-per-penghasilan", 0, "id") },
        { "v1:fy:iuran-bpu", new FeedbackPayload("iuran-bpu", Helpful: true) },
        { "v1:fn:iuran-bpu", new FeedbackPayload("iuran-bpu", Helpful: false) },
        { "v1:l:id", new LanguagePayload("id") },
        { "v1:l:en", new LanguagePayload("en") },
        { "v1:cmd:menu", new CommandPayload("menu") },
        { "v1:cmd:iuran", new CommandPayload("iuran") },
        { "v1:cmd:daftar", new CommandPayload("daftar") },
        { "v1:su:cancel", new SignUpCancelPayload() },
        { "v1:su:confirm", new SignUpConfirmPayload() },
        { "v1:su:edit", new SignUpEditPayload() },
        { "v1:su:edit:name", new SignUpEditPayload(SignUpStep.Name) },
        { "v1:su:edit:phone", new SignUpEditPayload(SignUpStep.Phone) },
        { "v1:su:edit:region", new SignUpEditPayload(SignUpStep.Region) },
        { "v1:su:edit:occupation", new SignUpEditPayload(SignUpStep.Occupation) },
        { "v1:su:edit:contact", new SignUpEditPayload(SignUpStep.Contact) },
        { "v1:su:edit:news", new SignUpEditPayload(SignUpStep.News) },
        { "v1:su:n:yes", new SignUpNewsPayload(Wanted: true) },
        { "v1:su:n:no", new SignUpNewsPayload(Wanted: false) },
        { "v1:su:consent:yes", new SignUpConsentPayload(Agreed: true) },
        { "v1:su:consent:no", new SignUpConsentPayload(Agreed: false) },
        { "v1:su:r:0", new SignUpRegionPayload(0) },
        { "v1:su:r:7", new SignUpRegionPayload(7) },
        { "v1:su:r:other", new SignUpRegionPayload(null) },
        { "v1:su:rk:32.16", new SignUpRegencyPayload("32.16") },
        { "v1:su:rk:36.74", new SignUpRegencyPayload("36.74") },
        { "v1:su:o:0", new SignUpOccupationPayload(0) },
        { "v1:su:o:6", new SignUpOccupationPayload(6) },
        { "v1:su:o:other", new SignUpOccupationPayload(null) },
        { "v1:su:c:telegram", new SignUpContactPayload(ContactMethod.Telegram) },
        { "v1:su:c:whatsapp", new SignUpContactPayload(ContactMethod.WhatsApp) },
        { "v1:su:c:phone", new SignUpContactPayload(ContactMethod.PhoneCall) },
        { "v1:su:c:discord", new SignUpContactPayload(ContactMethod.Discord) },
        { "v1:c:cancel", new CalculatorCancelPayload() },
        { "v1:c:transport", new CalculatorSectorPayload(Sector.Transport) },
        { "v1:c:other", new CalculatorSectorPayload(Sector.Other) },
        { "v1:c:government", new CalculatorSectorPayload(Sector.GovernmentPaid) },
    };

    [Theory]
    [MemberData(nameof(V1Buttons))]
    public void TryDecode_V1Button_ReadsItsPayload(string text, Payload expected)
    {
        var ok = PayloadCodec.TryDecode(text, out var payload);

        Assert.Equal((true, expected), (ok, payload));
    }

    [Theory]
    [MemberData(nameof(V1Buttons))]
    public void Encode_Payload_WritesTheV1Button(string expected, Payload payload)
    {
        var text = PayloadCodec.Encode(payload);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("halo")]
    [InlineData("v1:")]
    [InlineData("v1:m")]
    [InlineData("v2:m:iuran")]
    [InlineData("v1:zz:iuran")]
    [InlineData("v1:su:district:2")]
    [InlineData("v1:su:c:pigeon")]
    [InlineData("v1:su:rk:3216")]
    [InlineData("v1:mo:-1:id:beasiswa")]
    [InlineData("v1:mo:1:fr:beasiswa")]
    [InlineData("v1:su:rk:32.16.01")]
    [InlineData("v1:su:edit:consent")]
    [InlineData("v1:c:boat")]
    [InlineData("su:v1:start")]
    [InlineData("v1|su|district|2")]
    public void TryDecode_NotAKnownButton_IsRefused(string? text)
    {
        var ok = PayloadCodec.TryDecode(text, out _);

        Assert.False(ok);
    }

    [Fact]
    public void TryDecode_OverSixtyFourCharacters_IsRefused()
    {
        var ok = PayloadCodec.TryDecode("v1:e:" + new string('e', 60), out _);

        Assert.False(ok);
    }

    [Fact]
    public void Encode_OverSixtyFourCharacters_Throws()
    {
        var tooLong = new EntryPayload(new string('e', 60));

        Assert.Throws<ArgumentException>(() => PayloadCodec.Encode(tooLong));
    }

    [Fact]
    public void PayloadsSignUp_UnknownAction_Throws()
    {
        Assert.Throws<ArgumentException>(() => Payloads.SignUp("district:2"));
    }
}
