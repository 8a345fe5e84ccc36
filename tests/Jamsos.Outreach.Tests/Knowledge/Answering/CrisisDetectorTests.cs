using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>
/// A death or an accident that happened (issue 15, point 8) against questions about them in general, in
/// Indonesian, English, Javanese and Sundanese. Precision matters most: condolences on a general
/// question would be odd.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class CrisisDetectorTests
{
    private readonly KnowledgeFixture fixture;

    public CrisisDetectorTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("suami saya meninggal kemarin, apa yang harus saya urus?")]
    [InlineData("Istri saya meninggal dunia tadi pagi. Bagaimana cara klaim JKM?")]
    [InlineData("bapak sy udah wafat, gmn cek saldo jht nya?")]
    [InlineData("ibu saya baru saja meninggal. Kalau mau klaim, apa saja syaratnya?")]
    [InlineData("Assalamualaikum min, anak saya meninggal minggu lalu")]
    [InlineData("almarhum ayah saya peserta bpjs tk, bisa klaim apa?")]
    [InlineData("suamiku meninggal karena sakit, dapat santunan gak?")]
    [InlineData("ayah sudah meninggal, apakah jht nya bisa dicairkan?")]
    [InlineData("akta kematian suami saya sudah jadi, terus ke mana?")]
    [InlineData("my husband passed away last week, what do I need to claim?")]
    [InlineData("My father died yesterday. He was a BPJS TK member.")]
    [InlineData("bapak kula sampun seda wingi, kedah ngurus napa mawon?")]
    [InlineData("bojoku wis tilar donya, piye carane klaim?")]
    [InlineData("salaki abdi pupus kamari, kumaha ngurus santunan?")]
    [InlineData("suami saya meninggal karena kecelakaan kerja, dapat apa?")]
    [InlineData("adik saya belum nikah meninggal, yg berhak terima santunan siapa?")]
    [InlineData("suami meninggal 2 thn lalu blm diklaim msh bs gk")]
    public void Detect_ReportedDeathOfSomeoneClose_IsDeath(string message)
    {
        var crisis = CrisisDetector.Detect(message);

        Assert.Equal(Crisis.Death, crisis);
    }

    [Theory]
    [InlineData("saya kecelakaan kerja, bagaimana klaimnya?")]
    [InlineData("suami saya kecelakaan waktu narik ojol tadi")]
    [InlineData("suami tertabrak motor pas antar paket")]
    [InlineData("saya jatuh dari motor kemarin waktu narik, bisa klaim?")]
    [InlineData("Saya ojol, kemarin kecelakaan di jalan. Apa yang harus saya lakukan?")]
    [InlineData("anak saya barusan mengalami kecelakaan di tempat kerja")]
    [InlineData("saya gak sengaja jatuh dari tangga pas kerja")]
    [InlineData("tangan saya patah kejepit mesin")]
    [InlineData("I had an accident at work yesterday, what should I do?")]
    [InlineData("my son was hit by a car while delivering food")]
    [InlineData("I fell off a ladder at work")]
    [InlineData("kecelakaan kerja 2 tahun lalu belum sempet klaim, masih bisa?")]
    [InlineData("bojoku kecelakaan wingi pas nyambut gawe")]
    [InlineData("kula kecelakaan nalika makarya, pripun klaimipun?")]
    public void Detect_ReportedAccident_IsAccident(string message)
    {
        var crisis = CrisisDetector.Detect(message);

        Assert.Equal(Crisis.Accident, crisis);
    }

    [Theory]
    [InlineData("berapa santunan kematian?")]
    [InlineData("berapa santunan kalau peserta meninggal?")]
    [InlineData("kalau saya meninggal, istri saya dapat apa?")]
    [InlineData("istri saya dapat apa kalau saya meninggal?")]
    [InlineData("apakah anak saya dapat beasiswa jika saya meninggal?")]
    [InlineData("anak peserta yang meninggal dapat beasiswa?")]
    [InlineData("siapa ahli waris kalau peserta meninggal dunia")]
    [InlineData("kartu bpjs suami saya mati, bisa aktif lagi?")]
    [InlineData("ibu saya sudah tua, apakah bisa ikut bpjs tk?")]
    [InlineData("what does my wife get if I die?")]
    [InlineData("what happens to my family when I die")]
    [InlineData("if my husband dies, who gets the money?")]
    [InlineData("nek aku seda, bojoku oleh opo?")]
    [InlineData("upami abdi pupus, pamajikan meunang naon?")]
    public void Detect_QuestionAboutDeathInGeneral_IsNone(string message)
    {
        var crisis = CrisisDetector.Detect(message);

        Assert.Equal(Crisis.None, crisis);
    }

    [Theory]
    [InlineData("kecelakaan pas narik ojol ditanggung gak")]
    [InlineData("kalau saya kecelakaan waktu narik ojol, ditanggung?")]
    [InlineData("apakah saya dapat santunan kecelakaan kerja?")]
    [InlineData("apakah kecelakaan di perjalanan ke tempat kerja ditanggung JKK?")]
    [InlineData("saya belum pernah kecelakaan, perlu ikut jkk?")]
    [InlineData("iuran saya jatuh tempo tanggal berapa?")]
    [InlineData("apakah kecelakaan lalu lintas ditanggung jkk?")]
    [InlineData("berapa santunan kecelakaan kerja untuk ojol?")]
    [InlineData("What if I have an accident on the road?")]
    [InlineData("does JKK cover accidents on the way to work?")]
    [InlineData("if I get hurt at work, what do I get?")]
    [InlineData("nek aku kecelakaan pas ngojek, ditanggung ora?")]
    [InlineData("brp iuran bpjs tk buat ojol?")]
    [InlineData("halo min")]
    [InlineData("")]
    public void Detect_QuestionAboutAccidentsInGeneral_IsNone(string message)
    {
        var crisis = CrisisDetector.Detect(message);

        Assert.Equal(Crisis.None, crisis);
    }

    [Fact]
    public void Answer_ReportedDeath_CarriesTheCrisis()
    {
        var result = fixture.Answerer.Answer("suami saya meninggal kemarin, apa yang harus saya urus?", KnowledgeFixture.Today);

        Assert.Equal(Crisis.Death, result.Crisis);
    }

    [Fact]
    public void Answer_GeneralQuestion_CarriesNoCrisis()
    {
        var result = fixture.Answerer.Answer("berapa santunan kematian?", KnowledgeFixture.Today);

        Assert.Equal(Crisis.None, result.Crisis);
    }
}
