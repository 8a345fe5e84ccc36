using Jamsos.Outreach.Bot.Core.Buttons;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The v1 string helpers channels and tests used before <see cref="PayloadCodec"/>; each one goes through
/// the codec, so there is still only one encoder and one decoder. New code builds a <see cref="Payload"/>.
/// </summary>
public static class Payloads
{
    public const string Version = PayloadCodec.Version;
    public const int MaxLength = PayloadCodec.MaxLength;

    public static string Topic(string topic) => PayloadCodec.Encode(new TopicPayload(topic));

    public static string Entry(string entryId) => PayloadCodec.Encode(new EntryPayload(entryId));

    public static string Feedback(string entryId, bool helpful) => PayloadCodec.Encode(new FeedbackPayload(entryId, helpful));

    /// <summary>A sign-up button from its v1 action ("confirm", "r:0", "consent:yes").</summary>
    public static string SignUp(string action) => PayloadV1.TryReadSignUp(action, out var payload)
        ? PayloadCodec.Encode(payload)
        : throw new ArgumentException($"Not a sign-up action: {action}", nameof(action));

    /// <summary>A calculator button from its v1 action ("cancel", "transport", "other", "government").</summary>
    public static string Calculator(string action) => PayloadV1.TryReadCalculator(action, out var payload)
        ? PayloadCodec.Encode(payload)
        : throw new ArgumentException($"Not a calculator action: {action}", nameof(action));

    public static string Language(string code) => PayloadCodec.Encode(new LanguagePayload(code));

    public static string Command(string command) => PayloadCodec.Encode(new CommandPayload(command));
}
