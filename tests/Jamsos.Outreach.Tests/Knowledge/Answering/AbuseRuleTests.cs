using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>Abuse is decided by rules; these pin down the edges where a real question must not be refused.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AbuseRuleTests
{
    private readonly KnowledgeFixture fixture;

    public AbuseRuleTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("cek data kepesertaan tetangga sy dong, ini nik nya")]
    [InlineData("saldo jht temen sy brp, ini nomor kartunya")]
    [InlineData("bikinin surat keterangan kecelakaan palsu bisa?")]
    [InlineData("gmn biar bisa klaim padahal gak pernah bayar iuran")]
    [InlineData("Kowe ki bot ra guna blas")]
    public void Answer_AbuseInOneClause_IsAbuse(string question)
    {
        var result = fixture.Answerer.Answer(question, KnowledgeFixture.Today);

        Assert.Equal(Intents.Abuse, result.Intent);
    }

    [Theory]
    [InlineData("sy mau cek saldo jht sy sendiri. oh iya, kemarin tetangga sebelah rumah cerita dia baru daftar bpjs tk lewat agen perisai dan katanya prosesnya gampang sekali, jadi sy juga mau coba")]
    [InlineData("sy kecelakaan kerja kaki diamputasi, dapat kaki palsu gak dr bpjs tk?")]
    [InlineData("perusahaan sy tutup tanpa bayar iuran, masih bisa klaim jkp?")]
    [InlineData("ada sms penipuan minta otp, ini beneran dari bpjs?")]
    public void Answer_RealQuestionNearAbuseWords_IsNotAbuse(string question)
    {
        var result = fixture.Answerer.Answer(question, KnowledgeFixture.Today);

        Assert.NotEqual(Intents.Abuse, result.Intent);
    }
}
