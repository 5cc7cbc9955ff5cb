using MedCoding.CodeSets;
using System.Text;
using MedCoding.Icd10Cm.OrderFiles;

namespace MedCoding.Icd10Cm.Tests.OrderFiles;

[Collection(OfficialReleasesCollection.Name)]
public sealed class OrderFileTests(OfficialReleases official)
{
    [Theory]
    [MemberData(nameof(OfficialReleases.Folders), MemberType = typeof(OfficialReleases))]
    public void Read_OfficialOrderFile_EveryRecordMatchesItsLine(string folder)
    {
        var file = official.OrderFile(folder);

        var records = OrderFile.Read(file.Path);

        records.Should().HaveCount(file.Lines.Count);
        var failures = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var line = file.Lines[i];
            if (record.LineNumber != line.LineNumber
                || record.OrderNumber.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) != line.OrderNumber
                || record.Code != line.Code
                || record.IsBillable != (line.Flag == '1')
                || record.ShortTitle != line.ShortTitle
                || record.LongTitle != line.LongTitle)
            {
                failures.Add($"line {line.LineNumber}: read as {record}");
            }
        }

        failures.Should().BeEmpty();
        records.Count(r => r.IsBillable).Should().Be(file.Billable);
        records.Count(r => !r.IsBillable).Should().Be(file.Headers);
    }

    [Theory]
    [MemberData(nameof(OfficialReleases.Folders), MemberType = typeof(OfficialReleases))]
    public void Read_OfficialOrderFile_OrderNumbersRunFromOneWithoutGaps(string folder)
    {
        var file = official.OrderFile(folder);

        // Not required by the reader (it requires increasing numbers), but true of every CMS file here.
        file.Lines.Select(l => int.Parse(l.OrderNumber, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(Enumerable.Range(1, file.Lines.Count));
    }

    [Fact]
    public void Read_Stream_GivesTheSameRecordsAsThePath()
    {
        var path = official.OrderFile("2026").Path;
        using var stream = File.OpenRead(path);

        var fromStream = OrderFile.Read(stream, path);

        fromStream.Should().Equal(OrderFile.Read(path));
    }

    [Fact]
    public void Read_LfLineEndingsAndNoFinalLineBreak_AreAccepted()
    {
        using var files = new SyntheticFiles();
        var path = files.Write("synthetic_order.txt", string.Join("\n", SyntheticFiles.ValidOrderLines()));

        var records = OrderFile.Read(path);

        records.Should().HaveCount(7);
        records[^1].Code.Should().Be("S0000XD");
        records[^1].LongTitle.Should().Be("Synthetic extension S00.00XD");
    }

    [Theory]
    [InlineData(3, "short", "The line has 20 characters")]
    [InlineData(3, "flag", "Column 15 must be 1 (valid for HIPAA-covered transactions) or 0 (header), not '2'.")]
    [InlineData(3, "order", "Columns 1-5 must hold the zero-padded order number.")]
    [InlineData(3, "duplicate", "Code A000 appears a second time.")]
    [InlineData(3, "sequence", "Order number 00001 does not follow 00002; order numbers increase down the file.")]
    [InlineData(3, "blank", "Column 6 must be blank.")]
    [InlineData(3, "lowercase", "The code in columns 7-13 has 'a'; codes are upper-case letters and digits without a dot.")]
    [InlineData(3, "nonascii", "Unexpected byte 0xC3; order files are printable ASCII.")]
    [InlineData(3, "notitle", "The short (columns 17-76) and long (column 78 on) descriptions must not be blank.")]
    [InlineData(3, "emptyline", "The line has 0 characters")]
    public void Read_SyntheticBrokenLine_ThrowsNamingFileAndLine(int line, string fault, string problem)
    {
        using var files = new SyntheticFiles();
        var lines = SyntheticFiles.ValidOrderLines();
        lines[line - 1] = fault switch
        {
            "short" => "00003 A001    1 Chol",
            "flag" => SyntheticFiles.OrderLine(3, "A001", true, "Synthetic code A00.1").Remove(14, 1).Insert(14, "2"),
            "order" => "0000X" + lines[line - 1][5..],
            "duplicate" => SyntheticFiles.OrderLine(3, "A000", true, "Synthetic code A00.0 again"),
            "sequence" => SyntheticFiles.OrderLine(1, "A001", true, "Synthetic code A00.1"),
            "blank" => lines[line - 1].Remove(5, 1).Insert(5, "-"),
            "lowercase" => SyntheticFiles.OrderLine(3, "a001", true, "Synthetic code A00.1"),
            "nonascii" => SyntheticFiles.OrderLine(3, "A001", true, "Synthetic caf\u00e9"),
            "notitle" => SyntheticFiles.OrderLine(3, "A001", true, "").PadRight(80),
            "emptyline" => "",
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
        var path = files.WriteOrderFile("synthetic_order.txt", lines);

        var act = () => OrderFile.Read(path);

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(line);
        exception.Problem.Should().StartWith(problem);
        exception.Message.Should().StartWith($"{path}, line {line}: ");
    }

    [Fact]
    public void Read_SyntheticEmptyFile_ThrowsForTheWholeFile()
    {
        using var files = new SyntheticFiles();
        var path = files.Write("synthetic_order.txt", "");

        var act = () => OrderFile.Read(path);

        act.Should().Throw<DataFileException>().Which.Should().Match<DataFileException>(e =>
            e.FilePath == path && e.LineNumber == null && e.Problem == "The order file holds no records.");
    }

    [Fact]
    public void Read_MissingFile_ThrowsDataFileException()
    {
        var path = Path.Combine(Path.GetTempPath(), "medcoding-no-such-folder", "icd10cm_order_2099.txt");

        var act = () => OrderFile.Read(path);

        act.Should().Throw<DataFileException>().Which.FilePath.Should().Be(path);
    }

    [Fact]
    public void Read_Stream_NamesTheSourceInErrors()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("00001 A00     X Synthetic\r\n"));

        var act = () => OrderFile.Read(stream, "synthetic-stream");

        act.Should().Throw<DataFileException>().Which.Message.Should().StartWith("synthetic-stream, line 1: ");
    }
}
