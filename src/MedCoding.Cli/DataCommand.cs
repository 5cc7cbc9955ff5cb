using MedCoding.CodeSets.IO;
using System.CommandLine;
using System.Globalization;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.IO;

namespace MedCoding.Cli;

/// <summary><c>medcoding data compile --data DIR --out FILE [--uncompressed]</c>: compiles one release's official files into a compiled data file.</summary>
internal static class DataCommand
{
    public static Command Create(TextWriter stdout)
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder holding one release's official files: the order file (required) and the Tabular List XML (used when present).",
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The compiled data file to write, e.g. icd10cm-2026.mcd.",
            Required = true,
        };
        var uncompressed = new Option<bool>("--uncompressed")
        {
            Description = "Store the payload without Deflate: about 7 times larger, slightly faster to load.",
        };
        var compile = new Command("compile", "Compile one release's official files into a compiled data file (load it with 'lookup --snapshot FILE').")
        {
            data, output, uncompressed,
        };
        compile.SetAction(parse =>
        {
            var release = Icd10CmRelease.LoadFolder(parse.GetRequiredValue(data).FullName);
            var path = parse.GetRequiredValue(output).FullName;
            var compression = parse.GetValue(uncompressed) ? CompiledDataCompression.None : CompiledDataCompression.Deflate;
            var buffer = new MemoryStream();
            Icd10CmReleaseFormat.Write(release, buffer, compression);

            // Read the output back and check it is the release that was compiled before writing the file.
            buffer.Position = 0;
            if (Icd10CmReleaseComparer.FindDifference(release, Icd10CmRelease.FromStream(buffer)) is { } difference)
            {
                throw new InvalidOperationException($"The compiled data does not read back as written: {difference}");
            }

            File.WriteAllBytes(path, buffer.ToArray());
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{release} -> {path} ({buffer.Length:N0} bytes, format {CompiledDataFormat.CurrentVersion})"));
            return ExitCodes.Success;
        });

        return new Command("data", "Work with compiled code-set data.") { compile };
    }
}
