using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedCoding.CodeSets;
using MedCoding.Gems;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Properties;

/// <summary>
/// The compiled format: a release written and read back is the same release (every entry, its title, kind, billable flag,
/// order and parent), and writing it again gives the same bytes. The releases are made from excerpts of the official
/// files (any prefix of an order file; any subset of a GEM file's lines) and any fiscal year.
/// </summary>
[Properties(Replay = PropertySeed.Replay)]
public sealed class CompiledFormatProperties
{
    private static readonly Lazy<string[]> s_orderLines = new(() => [.. File.ReadLines(OfficialData.Path("icd10cm", "2026", "icd10cm_order_2026.txt"), Encoding.Latin1).Take(600)]);
    private static readonly Lazy<string[]> s_forwardGems = new(() => [.. File.ReadLines(OfficialData.Path("gems", "2018", "2018_I9gem.txt"), Encoding.Latin1).Take(300)]);
    private static readonly Lazy<string[]> s_backwardGems = new(() => [.. File.ReadLines(OfficialData.Path("gems", "2018", "2018_I10gem.txt"), Encoding.Latin1).Take(300)]);

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Property(MaxTest = 40)]
    public Property Icd10Cm_WriteThenRead_GivesTheSameRelease() =>
        Prop.ForAll(Gen.Choose(1, 600).ToArbitrary(), Gen.Choose(2016, 2040).ToArbitrary(), (lines, year) =>
        {
            using var folder = new TempFolder();
            var path = folder.Write("icd10cm_order.txt", s_orderLines.Value.Take(lines));
            var release = Icd10CmRelease.LoadOrderFile(path, Release.ForFiscalYear(CodeSystem.Icd10Cm, year));

            var bytes = Write(release.WriteTo);
            var read = Icd10CmRelease.FromStream(new MemoryStream(bytes));

            read.Release.Should().Be(release.Release);
            read.Entries.Should().HaveCount(release.Entries.Count);
            for (var i = 0; i < release.Entries.Count; i++)
            {
                var (a, b) = (release.Entries[i], read.Entries[i]);
                (b.Name, b.Kind, b.IsBillable, b.Title, b.ShortTitle, b.Ordinal).Should().Be((a.Name, a.Kind, a.IsBillable, a.Title, a.ShortTitle, a.Ordinal));
                read.GetParent(b)?.Name.Should().Be(release.GetParent(a)?.Name);
            }

            Write(read.WriteTo).Should().Equal(bytes, "the same release gives the same bytes");
        });

    [Property(MaxTest = 40)]
    public Property Gems_WriteThenRead_GivesTheSameMappings() =>
        Prop.ForAll(Gen.SubListOf(s_forwardGems.Value).ToArbitrary(), Gen.SubListOf(s_backwardGems.Value).ToArbitrary(), (forward, backward) =>
        {
            using var folder = new TempFolder();
            var gems = DiagnosisGems.Load(folder.Write("2018_I9gem.txt", forward), folder.Write("2018_I10gem.txt", backward));

            var bytes = Write(gems.WriteTo);
            var read = DiagnosisGems.FromStream(new MemoryStream(bytes));

            read.Release.Should().Be(gems.Release);
            read.Irregularities.Should().Equal(gems.Irregularities);
            Write(read.WriteTo).Should().Equal(bytes, "the mappings read back are written to the same bytes");
        });

    private sealed class TempFolder : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("medcoding-properties-");

        public string Write(string name, IEnumerable<string> lines)
        {
            var path = Path.Combine(_folder.FullName, name);
            File.WriteAllLines(path, lines, Encoding.Latin1);
            return path;
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
