using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace MedCoding.Packaging.Tests;

public sealed class PackageTests(PackageFeedFixture packages, ITestOutputHelper output) : IClassFixture<PackageFeedFixture>
{
    private static readonly Guid s_sourceLinkId = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>Gets the package id of every packable library: each folder under src/ but the data compiler (not shipped) and the CLI (a tool).</summary>
    private static string[] LibraryIds { get; } =
    [
        .. Directory.GetDirectories(Path.Combine(PackageFeedFixture.RepoRoot, "src"))
            .Select(d => Path.GetFileName(d))
            .Where(id => id is not ("MedCoding.Data.Compiler" or "MedCoding.Cli"))
            .Order(StringComparer.Ordinal),
    ];

    public static TheoryData<string> Libraries => new(LibraryIds);

    [Fact]
    public void Pack_Libraries_OnePackageAndSymbolPackagePerAssembly()
    {
        output.WriteLine($"pack: {packages.PackTime.TotalSeconds:F1} s");
        var expected = LibraryIds.Append("MedCoding.Cli").Order(StringComparer.Ordinal).ToArray();

        Files("*.nupkg").Should().Equal(expected.Select(id => $"{id}.{PackageFeedFixture.Version}.nupkg"));
        Files("*.snupkg").Should().Equal(expected.Select(id => $"{id}.{PackageFeedFixture.Version}.snupkg"));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Pack_Library_HasMetadataReadmeAndXmlDocs(string id)
    {
        using var package = Open($"{id}.{PackageFeedFixture.Version}.nupkg");
        var metadata = Nuspec(package, id);
        XNamespace ns = metadata.Name.Namespace;

        metadata.Element(ns + "license")!.Value.Should().Be("Apache-2.0");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        metadata.Element(ns + "projectUrl")!.Value.Should().Be("https://github.com/medcoding/medcoding-sdk");
        var repository = metadata.Element(ns + "repository")!;
        repository.Attribute("type")!.Value.Should().Be("git");
        repository.Attribute("url")!.Value.Should().Be("https://github.com/medcoding/medcoding-sdk");
        repository.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        Entries(package).Should().Contain(["README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Pack_Library_SymbolsMapSourcesToRepository(string id)
    {
        using var symbols = Open($"{id}.{PackageFeedFixture.Version}.snupkg");
        using var pdb = new MemoryStream();
        using (var entry = symbols.GetEntry($"lib/net10.0/{id}.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == s_sourceLinkId)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Should().ContainSingle().Subject;

        // The origin remote on a clone, or RepositoryUrl (github.com/medcoding/medcoding-sdk) without one.
        sourceLink.Should().Contain("https://raw.githubusercontent.com/");
    }

    [Fact]
    public void Pack_Cli_IsDotnetToolNamedMedcoding()
    {
        using var package = Open($"MedCoding.Cli.{PackageFeedFixture.Version}.nupkg");
        var metadata = Nuspec(package, "MedCoding.Cli");
        XNamespace ns = metadata.Name.Namespace;
        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();

        metadata.Element(ns + "packageTypes")!.Elements(ns + "packageType").Select(e => e.Attribute("name")!.Value).Should().Equal("DotnetTool");
        XDocument.Load(settings).Descendants("Command").Should().ContainSingle()
            .Which.Attribute("Name")!.Value.Should().Be("medcoding");
    }

    [Fact]
    public async Task Consumer_FreshProjectFromLocalFeed_RegistersAndLooksUpCode()
    {
        var consumer = Path.Combine(packages.Root, "consumer");
        Directory.CreateDirectory(consumer);

        // Nothing above the temporary directory may leak in: empty Directory.Build.* and Directory.Packages.props stop
        // MSBuild's upward search, and nuget.config clears the machine's sources. MedCoding.* comes from the local feed
        // only; third-party dependencies from nuget.org; everything is restored into a package folder of its own
        // (NUGET_PACKAGES), so a package of the same version cached by an earlier run is never used.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            await File.WriteAllTextAsync(Path.Combine(consumer, file), "<Project />\n");
        }

        await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="medcoding-local" value="{packages.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="medcoding-local">
                  <package pattern="MedCoding.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MedCoding.Extensions.DependencyInjection" Version="{PackageFeedFixture.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), """
            using MedCoding;
            using MedCoding.Icd10Cm;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            using var services = new ServiceCollection().AddMedCoding().BuildServiceProvider();
            services.GetRequiredService<IStartupValidator>().Validate();
            var release = services.GetRequiredService<Icd10CmReleaseProvider>().GetForDate(new DateOnly(2025, 11, 3));
            Console.WriteLine($"{release.VersionId}|{release["E11.65"].Title}");
            """);

        var clock = Stopwatch.StartNew();
        var (exitCode, text) = await Dotnet.RunAsync(Dotnet.Host, packages.PackagesFolder, consumer, TimeSpan.FromMinutes(5), "run", "-c", "Release", "-nodeReuse:false");
        output.WriteLine($"consumer restore, build and run: {clock.Elapsed.TotalSeconds:F1} s (pack: {packages.PackTime.TotalSeconds:F1} s)");

        exitCode.Should().Be(0, text);
        text.Should().Contain("ICD-10-CM FY2026 (format 1)|Type 2 diabetes mellitus with hyperglycemia");
        Directory.GetDirectories(packages.PackagesFolder).Select(Path.GetFileName)
            .Should().Contain(["medcoding.extensions.dependencyinjection", "medcoding.data", "medcoding.icd10cm", "medcoding.billing.integration"]);
    }

    [Fact]
    public async Task Cli_InstalledAsToolFromLocalFeed_LooksUpCode()
    {
        var work = Path.Combine(packages.Root, "tool");
        var tools = Path.Combine(work, "bin");
        Directory.CreateDirectory(work);
        await File.WriteAllTextAsync(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="medcoding-local" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);

        var clock = Stopwatch.StartNew();
        var install = await Dotnet.RunAsync(Dotnet.Host, packages.PackagesFolder, work, TimeSpan.FromMinutes(3),
            "tool", "install", "MedCoding.Cli", "--version", PackageFeedFixture.Version, "--tool-path", tools, "--configfile", Path.Combine(work, "nuget.config"));
        install.ExitCode.Should().Be(0, install.Output);
        var lookup = await Dotnet.RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "medcoding.exe" : "medcoding"), null, work, TimeSpan.FromMinutes(1), "lookup", "E11.65");
        output.WriteLine($"tool install and run: {clock.Elapsed.TotalSeconds:F1} s");

        lookup.ExitCode.Should().Be(0, lookup.Output);
        lookup.Output.Should().Contain("E11.65  Type 2 diabetes mellitus with hyperglycemia");
    }

    private string[] Files(string pattern) =>
        [.. Directory.GetFiles(packages.Feed, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private ZipArchive Open(string fileName) => ZipFile.OpenRead(Path.Combine(packages.Feed, fileName));

    private static string[] Entries(ZipArchive package) => [.. package.Entries.Select(e => e.FullName)];

    private static XElement Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }
}
