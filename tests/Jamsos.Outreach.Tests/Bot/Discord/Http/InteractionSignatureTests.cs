using System.Text;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Jamsos.Outreach.Tests.Support;
using NSec.Cryptography;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord.Http;

/// <summary>The Ed25519 check of X-Signature-Ed25519 against RFC 8032 section 7.1 (TEST 1, 2, 3) and Discord's rules.</summary>
public sealed class InteractionSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    /// <summary>RFC 8032, 7.1: secret key, public key, message, signature (hex).</summary>
    public static TheoryData<string, string, string, string> Rfc8032 => new()
    {
        {
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void Verifies_Rfc8032Vector_Accepted(string secret, string publicKey, string message, string signature)
    {
        _ = secret;
        var check = new InteractionSignature(publicKey, TimeSpan.FromMinutes(5), new TestClock(Now));

        Assert.True(check.Verifies(signature, Convert.FromHexString(message)));
    }

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void Verifies_Rfc8032VectorWithOneBitFlipped_Refused(string secret, string publicKey, string message, string signature)
    {
        _ = secret;
        var check = new InteractionSignature(publicKey, TimeSpan.FromMinutes(5), new TestClock(Now));
        var flipped = Convert.FromHexString(signature);
        flipped[5] ^= 0x01;

        Assert.False(check.Verifies(Convert.ToHexStringLower(flipped), Convert.FromHexString(message)));
    }

    /// <summary>Ed25519 is deterministic: NSec signing with the RFC's secret key must give the RFC's public key and signature, which double-checks the hex above.</summary>
    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void NSecSign_Rfc8032SecretKey_GivesTheRfcPublicKeyAndSignature(string secret, string publicKey, string message, string signature)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(secret), KeyBlobFormat.RawPrivateKey);

        var signed = SignatureAlgorithm.Ed25519.Sign(key, Convert.FromHexString(message));

        Assert.Equal((publicKey, signature), (Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)), Convert.ToHexStringLower(signed)));
    }

    [Fact]
    public void Check_SignedTimestampAndBody_Valid()
    {
        using var signer = new InteractionSigner();
        var (timestamp, body) = Request();

        var verdict = Check(signer).Check(signer.Sign(timestamp, body), timestamp, body);

        Assert.Equal(SignatureVerdict.Valid, verdict);
    }

    [Theory]
    [InlineData(null, "1795323600", nameof(SignatureVerdict.Missing))]
    [InlineData("sig", null, nameof(SignatureVerdict.Missing))]
    [InlineData("zz", "1795323600", nameof(SignatureVerdict.Malformed))]
    [InlineData("sig", "yesterday", nameof(SignatureVerdict.Malformed))]
    public void Check_MissingOrMalformedHeader_Refused(string? signature, string? timestamp, string expected)
    {
        using var signer = new InteractionSigner();
        var (stamp, body) = Request();
        var real = signer.Sign(stamp, body);

        var verdict = Check(signer).Check(signature == "sig" ? real : signature, timestamp, body);

        Assert.Equal(expected, verdict.ToString());
    }

    [Fact]
    public void Check_BodyChangedAfterSigning_BadSignature()
    {
        using var signer = new InteractionSigner();
        var (timestamp, body) = Request();
        var signature = signer.Sign(timestamp, body);
        body[^2] = (byte)'2';

        var verdict = Check(signer).Check(signature, timestamp, body);

        Assert.Equal(SignatureVerdict.BadSignature, verdict);
    }

    [Fact]
    public void Check_OtherKeysSignature_BadSignature()
    {
        using var signer = new InteractionSigner();
        using var forger = new InteractionSigner();
        var (timestamp, body) = Request();

        var verdict = Check(signer).Check(forger.Sign(timestamp, body), timestamp, body);

        Assert.Equal(SignatureVerdict.BadSignature, verdict);
    }

    [Theory]
    [InlineData(-301, nameof(SignatureVerdict.Stale))]
    [InlineData(-299, nameof(SignatureVerdict.Valid))]
    [InlineData(301, nameof(SignatureVerdict.Stale))]
    public void Check_TimestampAge_RefusedBeyondFiveMinutes(int offsetSeconds, string expected)
    {
        using var signer = new InteractionSigner();
        var timestamp = Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        var verdict = Check(signer).Check(signer.Sign(timestamp, body), timestamp, body);

        Assert.Equal(expected, verdict.ToString());
    }

    private static InteractionSignature Check(InteractionSigner signer) => new(signer.PublicKeyHex, TimeSpan.FromMinutes(5), new TestClock(Now));

    private static (string Timestamp, byte[] Body) Request() =>
        (Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes("""{"type":1,"id":"1"}"""));
}
