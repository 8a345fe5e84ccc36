using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IUnansweredStore"/> does: questions under a person hash, personal data masked before storing, old ones pruned.</summary>
public abstract class UnansweredStoreContract : StoreContract
{
    [Fact]
    public async Task ListAsync_AfterAdd_ReturnsTheQuestion()
    {
        var question = new UnansweredQuestion("bisa klaim buat kucing?", "claim", 0.125, "id", "telegram", Monday, "c0ffee00c0ffee00c0ffee00c0ffee00");

        await Backend.Unanswered().AddAsync(question);

        Assert.Equal([question], await Backend.Unanswered().ListAsync());
    }

    [Fact]
    public async Task ListAsync_QuestionFromAnAgentsLink_KeepsTheReferrer()
    {
        var question = new UnansweredQuestion("bisa klaim buat kucing?", "claim", 0.125, "id", "telegram", Monday, Referrer: "K7M2QX");

        await Backend.Unanswered().AddAsync(question);

        Assert.Equal("K7M2QX", Assert.Single(await Backend.Unanswered().ListAsync()).Referrer);
    }

    [Fact]
    public async Task AddAsync_QuestionWithNik_StoresItMasked()
    {
        await Backend.Unanswered().AddAsync(new UnansweredQuestion("nik saya 3201123456789012 kok ditolak", "registration", 0.2, "id", "telegram", Monday));

        var stored = await Backend.Unanswered().ListAsync();

        Assert.Equal("nik saya [angka] kok ditolak", stored.Single().Question);
    }

    [Fact]
    public async Task ListAsync_Since_LeavesOutOlderQuestions()
    {
        await Backend.Unanswered().AddAsync(new UnansweredQuestion("lama", "x", 0.1, "id", "telegram", Monday));
        await Backend.Unanswered().AddAsync(new UnansweredQuestion("baru", "x", 0.1, "id", "telegram", Monday.AddDays(1)));

        var listed = await Backend.Unanswered().ListAsync(Monday.AddHours(1));

        Assert.Equal(["baru"], listed.Select(q => q.Question));
    }

    [Fact]
    public async Task AddAsync_QuestionWithEmailAndName_StoresThemMasked()
    {
        await Backend.Unanswered().AddAsync(new UnansweredQuestion("nama saya Siti Aminah, email siti.aminah@contoh.id, hp 0812.3456.7890", "x", 0.1, "id", "telegram", Monday));

        var stored = await Backend.Unanswered().ListAsync();

        Assert.Equal("nama saya [nama], email [email], hp [angka]", stored.Single().Question);
    }

    [Fact]
    public async Task PruneAsync_OlderQuestions_AreDeletedAndCounted()
    {
        await Backend.Unanswered().AddAsync(new UnansweredQuestion("lama", "x", 0.1, "id", "telegram", Monday));
        await Backend.Unanswered().AddAsync(new UnansweredQuestion("baru", "x", 0.1, "id", "telegram", Monday.AddDays(1)));

        var pruned = await Backend.Unanswered().PruneAsync(Monday.AddHours(1));

        Assert.Equal((1, "baru"), (pruned, string.Join(",", (await Backend.Unanswered().ListAsync()).Select(q => q.Question))));
    }
}
