using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The line an answer opens with after a reported death or accident. It lives with the answer so the
/// first screen's length counts it (the chat's /meninggal and /kecelakaan open with the same line).
/// </summary>
public static class CrisisTexts
{
    public static string Sympathy(Language language, Crisis crisis) => crisis switch
    {
        Crisis.Death => language == Language.En ? "We are deeply sorry for your loss." : "Kami turut berduka cita atas kepergian orang yang Anda sayangi.",
        Crisis.Accident => language == Language.En ? "We are sorry to hear about the accident. We hope for a quick recovery." : "Kami ikut prihatin atas kecelakaan ini. Semoga lekas pulih.",
        _ => string.Empty,
    };
}
