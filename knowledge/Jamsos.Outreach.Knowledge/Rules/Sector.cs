namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// The BPU groups PP 50/2025 treats differently. <see cref="GovernmentPaid"/> are workers whose JKK/JKM
/// is paid from APBN/APBD (for example enrolled by a local government): outside the discount.
/// </summary>
public enum Sector
{
    Other,
    Transport,
    GovernmentPaid,
}
