using System.Text;
using System.Xml;
using MedCoding.CodeSets.IO;

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
}
