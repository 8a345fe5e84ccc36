using Jamsos.Outreach.Bot.Core.SignUps;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.SignUps;

/// <summary>The embedded list of Indonesia's regencies and cities, and the Banten buttons against it.</summary>
public sealed class RegenciesTests
{
    [Fact]
    public void All_EmbeddedList_HoldsIndonesias514RegenciesAndCities()
    {
        var all = Regencies.All;

        Assert.Equal((514, 514), (all.Count, all.Select(r => r.Code).Distinct().Count()));
    }

    [Fact]
    public void All_EveryName_IsAKotaOrAKabupatenInTitleCase()
    {
        var odd = Regencies.All.Where(r => !(r.Name.StartsWith("Kota ", StringComparison.Ordinal) || r.Name.StartsWith("Kabupaten ", StringComparison.Ordinal))
            || r.Name.Split(' ', '-').Any(w => w.Length > 1 && w != "dan" && !(char.IsUpper(w[0]) && w[1..].All(char.IsLower))));

        Assert.Empty(odd);
    }

    [Fact]
    public void Banten_EveryButton_IsACanonicalName()
    {
        var names = Regencies.All.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Regions.Banten, r => Assert.Contains(r, names));
    }

    [Fact]
    public void IsPrefixOnly_KabWithADot_IsAPrefix()
    {
        Assert.True(Regencies.IsPrefixOnly(" Kab. "));
    }
}
