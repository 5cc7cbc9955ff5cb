using MedCoding.Grouping.Tables;
using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests.Tables;

public sealed class TsvTableTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"medcoding-tsv-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Read_RowWithTooFewCells_ThrowsNamingFileAndLine()
    {
        File.WriteAllText(_path, "code\tmdc\nA000\t6\nA001\n");

        var act = () => TsvTable.Read(_path, "code", "mdc");

        act.Should().Throw<DataFileException>()
            .Where(e => e.FilePath == _path && e.LineNumber == 3 && e.Problem == "Expected 2 tab-separated cells as in the header, found 1.");
    }

    [Fact]
    public void Read_MissingColumn_ThrowsNamingTheColumn()
    {
        File.WriteAllText(_path, "code\tseverity\nA000\tCC\n");

        var act = () => TsvTable.Read(_path, "code", "mdc");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == 1 && e.Problem.StartsWith("The header has no 'mdc' column", StringComparison.Ordinal));
    }

    [Fact]
    public void Int_NotANumber_ThrowsNamingTheCell()
    {
        File.WriteAllText(_path, "code\tmdc\nA000\tsix\n");
        var table = TsvTable.Read(_path, "code", "mdc");
        var (line, cells) = table.Rows[0];

        var act = () => table.Int(line, cells, "mdc");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == 2 && e.Problem == "The 'mdc' cell 'six' is not a whole number.");
    }

    [Fact]
    public void Read_MissingFile_ThrowsDataFileException()
    {
        var act = () => TsvTable.Read(_path + ".missing", "code");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == null);
    }
}
