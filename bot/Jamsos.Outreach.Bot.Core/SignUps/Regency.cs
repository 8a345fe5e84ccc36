namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// One regency or city by its Kemendagri code ("32.16") and the name the sign-up keeps ("Kabupaten
/// Bekasi"). Jakarta's "Kota Administrasi …" is kept as "Kota …", the way people and most forms write it;
/// the code still names it exactly.
/// </summary>
public sealed record Regency(string Code, string Name)
{
    public bool IsCity => Name.StartsWith("Kota ", StringComparison.Ordinal);
}
