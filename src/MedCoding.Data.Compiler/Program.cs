using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Data.Compilation;

namespace MedCoding.Data.Compiler;

/// <summary>
/// <c>MedCoding.Data.Compiler --data DIR --out DIR [--uncompressed] SYSTEM=FOLDER...</c>: compiles each release folder (relative to the
/// data folder, e.g. <c>icd10pcs=icd10pcs/2026</c>) with its system's compiler into <c>{system}-{version}.mcd</c>,
/// reading every output back and checking it equals the release read from the official files, and writes
/// <c>releases.txt</c>, the manifest the data package reads (eng/Data.targets runs it at build time). Payloads are
/// Deflate-compressed unless <c>--uncompressed</c> is given (a package whose data is read at start-up on a hot path: the
/// package file itself is a zip, so the download stays about the same size).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            var (data, output, compression, releases) = ParseArguments(args);
            Directory.CreateDirectory(output);
            var manifest = new List<ReleaseManifestEntry>();
            foreach (var (system, folder) in releases)
            {
                var watch = Stopwatch.StartNew();
                var compiler = ReleaseCompilers.Get(system);
                var compiled = compiler.Compile(Path.Combine(data, folder), compression);
                var fileName = compiled.FileName(compiler.Name);
                var path = Path.Combine(output, fileName);

                // Write only when the bytes change, so that an unchanged release does not rebuild the package.
                if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(compiled.Bytes))
                {
                    File.WriteAllBytes(path, compiled.Bytes);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"MedCoding.Data.Compiler: {compiled.Summary} -> {fileName} ({compiled.Bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(compiled.Bytes))[..16]}, {watch.ElapsedMilliseconds} ms)"));
                manifest.Add(new ReleaseManifestEntry(fileName, compiled.Release));
            }

            var text = new ReleaseManifest(manifest).Format();
            var manifestPath = Path.Combine(output, ReleaseManifest.FileName);
            if (!File.Exists(manifestPath) || File.ReadAllText(manifestPath) != text)
            {
                File.WriteAllText(manifestPath, text);
            }

            return 0;
        }
        catch (Exception e) when (e is DataFileException or CompiledDataException or InvalidDataException or ArgumentException or IOException)
        {
            Console.Error.WriteLine($"MedCoding.Data.Compiler: error: {e.Message}");
            return 1;
        }
    }

    private static (string Data, string Output, CompiledDataCompression Compression, List<(string System, string Folder)> Releases) ParseArguments(string[] args)
    {
        string? data = null;
        string? output = null;
        var compression = CompiledDataCompression.Deflate;
        var releases = new List<(string, string)>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--uncompressed":
                    compression = CompiledDataCompression.None;
                    break;
                default:
                    var equals = args[i].IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new ArgumentException($"{MessageText.Quote($"{args[i]}")} is not SYSTEM=FOLDER (e.g. icd10pcs=icd10pcs/2026).");
                    }

                    releases.Add((args[i][..equals], args[i][(equals + 1)..]));
                    break;
            }
        }

        return data is null || output is null || releases.Count == 0
            ? throw new ArgumentException("usage: MedCoding.Data.Compiler --data DIR --out DIR [--uncompressed] SYSTEM=FOLDER...")
            : (data, output, compression, releases);
    }
}
