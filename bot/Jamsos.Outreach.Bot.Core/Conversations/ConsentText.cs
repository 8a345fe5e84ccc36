using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The consent a person gives before a sign-up is stored (UU PDP 27/2022). The version is recorded with
/// each sign-up, so a changed text gets a new version and old records keep the one they agreed to.
/// </summary>
public static class ConsentText
{
    public const string Version = "2026-11-21.v1";

    public static string For(Language language) => language == Language.En
        ? "We store your name, phone number, city or regency, occupation, how to contact you and whether you want news. " +
          "Only the Jamsos.Outreach outreach team (and a Perisai agent helping you register) uses them, only to contact you about joining BPJS Ketenagakerjaan. " +
          "We never ask for your NIK, OTP or passwords, and we do not sell or share your data. You can delete it at any time with /hapus."
        : "Kami menyimpan nama, nomor HP, kota/kabupaten, pekerjaan, cara dihubungi, dan pilihan kabar terbaru Anda. " +
          "Data ini hanya dipakai tim penjangkauan Jamsos.Outreach (dan agen Perisai yang membantu Anda mendaftar), hanya untuk menghubungi Anda soal pendaftaran BPJS Ketenagakerjaan. " +
          "Kami tidak pernah meminta NIK, OTP, atau kata sandi, dan tidak menjual atau membagikan data Anda. Anda bisa menghapusnya kapan saja dengan /hapus.";
}
