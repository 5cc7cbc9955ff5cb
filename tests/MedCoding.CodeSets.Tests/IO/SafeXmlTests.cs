using System.Text;
using System.Xml;
using MedCoding.CodeSets.IO;
using MedCoding.Testing;

namespace MedCoding.CodeSets.Tests.IO;

public class SafeXmlTests
{
    [Fact]
    public void CreateReaderSettings_ProhibitsDtdsAndResolvesNothing()
    {
        var settings = SafeXml.CreateReaderSettings();

        settings.DtdProcessing.Should().Be(DtdProcessing.Prohibit);
        settings.CloseInput.Should().BeFalse();
        settings.IgnoreComments.Should().BeTrue();
        SafeXml.CreateReaderSettings().Should().NotBeSameAs(settings, "each caller gets its own, mutable instance");
    }

    [Fact]
    public void CreateReaderSettings_ExternalEntity_IsRefused()
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE root [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <root>&x;</root>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xxe));

        var act = () =>
        {
            using var reader = XmlReader.Create(stream, SafeXml.CreateReaderSettings());
            while (reader.Read())
            {
            }
        };

        act.Should().Throw<XmlException>().WithMessage("*DTD*");
    }

    [Fact]
    public void CreateReader_NestingDeeperThanTheLimit_IsRefusedAtOnce()
    {
        var xml = HostileInput.Repeat("<a>", 3 * 100_000);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var act = () =>
        {
            using var reader = SafeXml.CreateReader(stream, SafeXml.CreateReaderSettings());
            while (reader.Read())
            {
            }
        };

        var e = act.Should().Throw<XmlException>().Which;
        SafeXml.Describe(e).Should().Be($"The XML nests elements deeper than {InputLimits.XmlDepth} levels (line 1, position {3 * InputLimits.XmlDepth + 2}).");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "was over 15 s; the bound leaves room for a loaded machine");
    }

    [Fact]
    public void CreateReader_NestingUpToTheLimit_IsRead()
    {
        var depth = InputLimits.XmlDepth;
        var xml = HostileInput.Repeat("<a>", 3 * depth) + HostileInput.Repeat("</a>", 4 * depth);
        using var reader = SafeXml.CreateReader(new StringReader(xml), SafeXml.CreateReaderSettings());

        var elements = 0;
        while (reader.Read())
        {
            elements += reader.NodeType == XmlNodeType.Element ? 1 : 0;
        }

        elements.Should().Be(depth);
    }

    [Fact]
    public void Describe_Dtd_IsOurWordsNotDotNets()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>"));
        var act = () =>
        {
            using var reader = SafeXml.CreateReader(stream, SafeXml.CreateReaderSettings());
            while (reader.Read())
            {
            }
        };

        var description = SafeXml.Describe(act.Should().Throw<XmlException>().Which);

        description.Should().StartWith("The XML has a DTD (<!DOCTYPE>), which is not accepted").And.NotContain("DtdProcessing");
    }
}
