using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The line an answer opens with after a reported death or accident. It lives with the answer so the
/// first screen's length counts it (the chat's /meninggal and /kecelakaan open with the same line).
/// </summary>
public static class CrisisTexts
{
    /// <summary>
    /// The entries a crisis path offers as its next steps, in order (a chat's buttons after a reported death or accident,
    /// and /meninggal and /kecelakaan). After an answer they are what it offers next (<see cref="AnswerResult.Related"/>).
    /// </summary>
    public static IReadOnlyList<string> Steps(Crisis crisis) => crisis switch
    {
        Crisis.Death => ["klaim-jkm", "ahli-waris", "kantor-banten", "beasiswa"],
        Crisis.Accident => ["lapor-kecelakaan", "dokumen-klaim-jkk", "plkk"],
        _ => [],
    };

    public static string Sympathy(Language language, Crisis crisis) => crisis switch
    {
        Crisis.Death => language == Language.En ? "We are deeply sorry for your loss." : "Kami turut berduka cita atas kepergian orang yang Anda sayangi.",
        Crisis.Accident => language == Language.En ? "We are sorry to hear about the accident. We hope for a quick recovery." : "Kami ikut prihatin atas kecelakaan ini. Semoga lekas pulih.",
        _ => string.Empty,
    };
}
