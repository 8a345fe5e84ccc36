namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// The body of create-message, follow-up, edit-original and message interaction responses. Null fields
/// are left out; <see cref="AllowedMentions"/> defaults to "ping nobody" and is only null in a defer
/// (type 5), whose data may carry nothing but the ephemeral flag.
/// </summary>
internal sealed record MessageBody
{
    public string? Content { get; init; }

    public int? Flags { get; init; }

    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public IReadOnlyList<Component>? Components { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>, Discord returns the existing message for a retried nonce instead of a duplicate.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}
