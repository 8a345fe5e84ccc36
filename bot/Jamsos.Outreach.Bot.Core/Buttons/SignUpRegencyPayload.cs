namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>One regency or city by its Kemendagri code ("32.16"): the answer to "Kota Bekasi atau Kabupaten Bekasi?".</summary>
public sealed record SignUpRegencyPayload(string Code) : SignUpPayload;
