using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// What a submitted form led to: the reply (the summary with Send / Edit / Cancel, or the dialogue's own
/// answer), and for <see cref="SignUpFormStatus.Invalid"/> the failing step and just the problem sentence,
/// so a form-based channel can show it next to a "try again" that reopens the form.
/// </summary>
public sealed record SignUpFormResult(SignUpFormStatus Status, Reply Reply, SignUpStep? InvalidStep = null, RichText? Problem = null);
