using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// SYNTHETIC broken files written to a temporary folder: each fault throws one
/// <see cref="DataFileException"/> naming the file and the line, and no release is returned.
/// </summary>
public sealed partial class Icd10CmReleaseTests
{
    private const string OrderFileName = "icd10cm_order_2099.txt";
    private const string TabularFileName = "icd10cm_tabular_2099.xml";

    [Fact]
    public void LoadFolder_SyntheticValidFiles_BuildsTheTree()
    {
        using var files = new SyntheticFiles();
        files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        files.Write(TabularFileName, SyntheticFiles.TabularXml());

        var release = Icd10CmRelease.LoadFolder(files.Folder);

        release.Entries.Select(e => $"{e.Name}:{e.Kind}").Should().Equal(
            "1:Chapter", "A00-S00:Block", "A00:Category", "A00.0:Subcategory", "A00.1:Subcategory",
            "S00:Category", "S00.00:Subcategory", "S00.00XA:Extension", "S00.00XD:Extension");
        release.GetInheritedNotes(release["A00.1"]).Select(n => n.Note.Text).Should().Equal("Synthetic excludes1");
        release.GetSeventhCharacters(release["S00.00XD"], out var definedAt).Select(s => s.Character).Should().Equal('A', 'D');
        definedAt!.Name.Should().Be("S00");
        release.Release.Should().Be(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2099));
    }

    [Theory]
    [InlineData("header after", 6, "The header S00.00 comes after S00.00XA")] // S00.00 moved below its extension
    [InlineData("no category", 2, "A00.0 has no header above it")]               // A00.0 without A00
    [InlineData("not a code", 2, "'A0' is not an ICD-10-CM code: Too short")]     // two characters
    [InlineData("digit first", 2, "'1000' is not an ICD-10-CM code: An ICD-10-CM code starts with a letter")]
    public void LoadOrderFile_SyntheticBrokenHierarchy_ThrowsNamingFileAndLine(string fault, int line, string problem)
    {
        using var files = new SyntheticFiles();
        var lines = SyntheticFiles.ValidOrderLines();
        switch (fault)
        {
            case "header after":
                lines[4] = SyntheticFiles.OrderLine(5, "S0000XA", true, "Synthetic extension S00.00XA");
                lines[5] = SyntheticFiles.OrderLine(6, "S0000", false, "Synthetic subcategory S00.00");
                lines[6] = SyntheticFiles.OrderLine(7, "S0000XD", true, "Synthetic extension S00.00XD");
                line = 5;
                break;
            case "no category":
                lines[0] = SyntheticFiles.OrderLine(1, "B00", false, "Synthetic category B00");
                break;
            case "not a code":
                lines[1] = SyntheticFiles.OrderLine(2, "A0", true, "Synthetic");
                break;
            case "digit first":
                lines[1] = SyntheticFiles.OrderLine(2, "1000", true, "Synthetic");
                break;
        }

        var path = files.WriteOrderFile(OrderFileName, lines);

        var act = () => Icd10CmRelease.LoadOrderFile(path, Release.ForFiscalYear(CodeSystem.Icd10Cm, 2099));

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(line);
        exception.Problem.Should().StartWith(problem);
    }

    [Theory]
    [InlineData("doctype", 2, "The Tabular List must not have a <!DOCTYPE>")]          // any DTD is refused
    [InlineData("external entity", 2, "The Tabular List must not have a <!DOCTYPE>")]  // XXE: never resolved
    [InlineData("unknown element", 14, "Unexpected element <synonym> inside <diag>.")]
    [InlineData("note outside container", 14, "Unexpected element <note> inside <diag>.")]
    [InlineData("unknown in note", 14, "Unexpected element <b> inside <excludes2>.")]
    [InlineData("bad extension", 14, "An <extension> must have a char attribute of one letter or digit.")]
    [InlineData("second sevenChrDef", 15, "A second <sevenChrDef> at the same entry.")]
    [InlineData("empty note", 14, "<note> is empty.")]
    [InlineData("not well-formed", 14, "The Tabular List is not well-formed XML")]
    [InlineData("not in order file", 14, "A00.9 is in the Tabular List but not in the order file")]
    [InlineData("duplicate diag", 15, "A00.0 appears twice in the Tabular List.")]
    [InlineData("bad code", 14, "The <name> 'A00..9' is not an ICD-10-CM code: More than one dot")]
    public void LoadFolder_SyntheticBrokenTabularList_ThrowsNamingFileAndLine(string fault, int line, string problem)
    {
        using var files = new SyntheticFiles();
        files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        var xml = fault switch
        {
            "doctype" => SyntheticFiles.TabularXml(doctype: "<!DOCTYPE ICD10CM.tabular [<!ELEMENT version ANY>]>"),
            "external entity" => SyntheticFiles.TabularXml(doctype: "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", version: "&xxe;"),
            "unknown element" => SyntheticFiles.TabularXml("<synonym>Synthetic</synonym>"),
            "note outside container" => SyntheticFiles.TabularXml("<note>Synthetic</note>"),
            "unknown in note" => SyntheticFiles.TabularXml("<excludes2><b>Synthetic</b></excludes2>"),
            "bad extension" => SyntheticFiles.TabularXml("<sevenChrDef><extension char=\"AB\">Synthetic</extension></sevenChrDef>"),
            "second sevenChrDef" => SyntheticFiles.TabularXml("<sevenChrDef><extension char=\"A\">Synthetic</extension></sevenChrDef>\n<sevenChrDef><extension char=\"D\">Synthetic</extension></sevenChrDef>"),
            "empty note" => SyntheticFiles.TabularXml("<codeAlso><note> </note></codeAlso>"),
            "not well-formed" => SyntheticFiles.TabularXml("<codeAlso><note>Synthetic</codeAlso>"),
            "not in order file" => SyntheticFiles.TabularXml("<diag><name>A00.9</name><desc>Synthetic</desc></diag>"),
            "duplicate diag" => SyntheticFiles.TabularXml("<diag><name>A00.0</name><desc>Synthetic</desc></diag>"),
            "bad code" => SyntheticFiles.TabularXml("<diag><name>A00..9</name><desc>Synthetic</desc></diag>"),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
        var path = files.Write(TabularFileName, xml);

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(line);
        exception.Problem.Should().StartWith(problem);
        exception.Message.Should().StartWith($"{path}, line {line}: ");
    }

    [Fact]
    public void LoadFolder_MegabyteName_IsQuotedShortInOneLine()
    {
        // A 1 MB <name> with line breaks in it: the message quotes 40 characters of it, escaped, never the whole.
        using var files = new SyntheticFiles();
        files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        files.Write(TabularFileName, SyntheticFiles.TabularXml("<diag><name>" + MedCoding.Testing.HostileInput.Repeat("A0\r\n", 1 << 20) + "</name><desc>Synthetic</desc></diag>"));

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.Problem.Should().StartWith("The <name> 'A0").And.Contain("\u2026' is not an ICD-10-CM code");
        exception.Message.Should().NotContainAny("\r", "\n");
        exception.Message.Length.Should().BeLessThanOrEqualTo(MessageText.MaxMessageLength + 1);
    }

    [Fact]
    public void LoadFolder_SyntheticOrderFileCodeMissingFromTheTabularList_NamesTheOrderFileLine()
    {
        using var files = new SyntheticFiles();
        var path = files.WriteOrderFile(OrderFileName, [.. SyntheticFiles.ValidOrderLines(), SyntheticFiles.OrderLine(8, "S0001", true, "Synthetic code S00.01")]);
        files.Write(TabularFileName, SyntheticFiles.TabularXml());

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(8);
        exception.Problem.Should().StartWith("S00.01 is neither in the Tabular List icd10cm_tabular_2099.xml nor created by one of its 7th characters");
    }

    [Theory]
    [InlineData("header after")] // S00.00 listed after its extension S00.00XA
    [InlineData("swapped")]      // A00.1 before A00.0
    public void LoadFolder_SyntheticOrderFileOutOfTabularOrder_NamesTheOrderFileLine(string fault)
    {
        using var files = new SyntheticFiles();
        var lines = SyntheticFiles.ValidOrderLines();
        (lines[4], lines[5]) = fault == "header after"
            ? (SyntheticFiles.OrderLine(5, "S0000XA", true, "Synthetic extension S00.00XA"), SyntheticFiles.OrderLine(6, "S0000", false, "Synthetic subcategory S00.00"))
            : (lines[4], lines[5]);
        (lines[1], lines[2]) = fault == "swapped"
            ? (SyntheticFiles.OrderLine(2, "A001", true, "Synthetic code A00.1"), SyntheticFiles.OrderLine(3, "A000", true, "Synthetic code A00.0"))
            : (lines[1], lines[2]);
        var path = files.WriteOrderFile(OrderFileName, lines);
        files.Write(TabularFileName, SyntheticFiles.TabularXml());

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(fault == "swapped" ? 2 : 5);
        exception.Problem.Should().Be(fault == "swapped"
            ? "A00.1 is out of tabular order: the Tabular List icd10cm_tabular_2099.xml has A00.0 here. An order file lists the codes in tabular order, each header before the codes below it."
            : "S00.00XA is out of tabular order: the Tabular List icd10cm_tabular_2099.xml has S00.00 here. An order file lists the codes in tabular order, each header before the codes below it.");
    }

    [Theory]
    [InlineData("<ICD10CM.index><version>2099</version></ICD10CM.index>", 1, "The root element must be <ICD10CM.tabular>.")]
    [InlineData("<ICD10CM.tabular><chapter><name>1</name><desc>Synthetic</desc></chapter></ICD10CM.tabular>", null, "The Tabular List has no <version>.")]
    [InlineData("<ICD10CM.tabular><version>2099</version></ICD10CM.tabular>", null, "The Tabular List has no chapters.")]
    [InlineData("<ICD10CM.tabular>\n<version>2099</version>\n<chapter><name>1</name>\n<section><desc>Synthetic</desc></section></chapter></ICD10CM.tabular>", 4, "A <section> must have an id attribute (e.g. id=\"E08-E13\").")]
    [InlineData("<ICD10CM.tabular>\n<version>2099</version>\n<chapter><name>1</name><desc>Synthetic</desc>\n<section id=\"A00\"><desc>Synthetic</desc>\n<diag><name>A00</name></diag></section></chapter></ICD10CM.tabular>", 5, "A <diag> must have a <desc>.")]
    [InlineData("<ICD10CM.tabular>\n<version>2099</version>\n<chapter><name>1</name><desc>Synthetic</desc>\n<section id=\"A00\"><desc>Synthetic</desc>\n<diag><name>A00</name><desc>Synthetic</desc>", 5, "The Tabular List is not well-formed XML")]
    public void LoadFolder_SyntheticTabularListOfTheWrongShape_Throws(string xml, int? line, string problem)
    {
        using var files = new SyntheticFiles();
        files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        var path = files.Write(TabularFileName, xml);

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        var exception = act.Should().Throw<DataFileException>().Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(line);
        exception.Problem.Should().StartWith(problem);
    }

    [Fact]
    public void Load_MissingTabularList_ThrowsDataFileException()
    {
        using var files = new SyntheticFiles();
        var order = files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        var tabular = Path.Combine(files.Folder, TabularFileName);

        var act = () => Icd10CmRelease.Load(order, tabular, Release.ForFiscalYear(CodeSystem.Icd10Cm, 2099));

        act.Should().Throw<DataFileException>().Which.Should().Match<DataFileException>(e => e.FilePath == tabular && e.LineNumber == null);
    }

    [Fact]
    public void LoadFolder_SyntheticTabularListOfAnotherYear_Throws()
    {
        using var files = new SyntheticFiles();
        files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        var path = files.Write(TabularFileName, SyntheticFiles.TabularXml(version: "2098"));

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        act.Should().Throw<DataFileException>().Which.Should().Match<DataFileException>(e =>
            e.FilePath == path && e.Problem.StartsWith("The Tabular List is version 2098 but the order file icd10cm_order_2099.txt is for 2099", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("section", "A duplicated block id")]
    [InlineData("chapter", "A duplicated chapter number")]
    public void LoadFolder_SyntheticDuplicateChapterOrBlock_ThrowsDataFileException(string element, string because)
    {
        using var files = new SyntheticFiles();
        files.WriteOrderFile(OrderFileName, SyntheticFiles.ValidOrderLines());
        var xml = SyntheticFiles.TabularXml();
        var duplicate = element == "section"
            ? "<section id=\"A00-S00\"><desc>Synthetic block again</desc></section>\n</chapter>"
            : "</chapter>\n<chapter><name>1</name><desc>Synthetic chapter again</desc></chapter>";
        xml = xml.Replace("</chapter>", duplicate, StringComparison.Ordinal);
        var path = files.Write(TabularFileName, xml);

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        var exception = act.Should().Throw<DataFileException>(because).Which;
        exception.FilePath.Should().Be(path);
        exception.LineNumber.Should().Be(Array.FindIndex(xml.Split('\n'), l => l.Contains("again", StringComparison.Ordinal)) + 1, "the line of the second one");
        exception.Problem.Should().Be(element == "section" ? "The block 'A00-S00' appears twice in the Tabular List." : "Chapter '1' appears twice in the Tabular List.");
    }

    [Fact]
    public void LoadFolder_SyntheticFolderWithoutOrderFile_Throws()
    {
        using var files = new SyntheticFiles();
        files.WriteOrderFile("icd10cm_order_addenda_2099.txt", SyntheticFiles.ValidOrderLines());

        var act = () => Icd10CmRelease.LoadFolder(files.Folder);

        act.Should().Throw<DataFileException>().Which.Problem.Should().StartWith("No ICD-10-CM order file here.");
    }
}
