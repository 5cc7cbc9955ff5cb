using System.Globalization;
using System.Text;

namespace MedCoding.Billing.X12.IO;

/// <summary>Writes X12 segments with the standard delimiters (<c>*</c> element, <c>:</c> component, <c>^</c> repetition, <c>~</c> segment).</summary>
internal sealed class SegmentWriter(bool lineBreaks)
{
    public const char Element = '*';
    public const char Component = ':';
    public const char Repetition = '^';
    public const char Terminator = '~';

    private readonly StringBuilder _text = new();

    /// <summary>Gets the number of segments written since the last <see cref="ResetCount"/>.</summary>
    public int Count { get; private set; }

    public void ResetCount() => Count = 0;

    /// <summary>Writes a segment; trailing empty elements are dropped, as X12 requires.</summary>
    public void Write(string id, params string?[] elements)
    {
        var last = elements.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(elements[last]))
        {
            last--;
        }

        _text.Append(id);
        for (var i = 0; i <= last; i++)
        {
            _text.Append(Element).Append(elements[i]);
        }

        _text.Append(Terminator);
        if (lineBreaks)
        {
            _text.Append('\n');
        }

        Count++;
    }

    /// <summary>Writes the fixed-width ISA segment exactly as given (its elements are already padded).</summary>
    public void WriteRaw(string segment)
    {
        _text.Append(segment).Append(Terminator);
        if (lineBreaks)
        {
            _text.Append('\n');
        }

        Count++;
    }

    public override string ToString() => _text.ToString();

    /// <summary>Returns a composite element; trailing empty components are dropped.</summary>
    public static string Composite(params string?[] components)
    {
        var last = components.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(components[last]))
        {
            last--;
        }

        return string.Join(Component, components.Take(last + 1));
    }

    /// <summary>Returns a value checked to hold no delimiter or control character; the message names the element, not the value.</summary>
    public static string Clean(string? value, string element, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? throw new X12WriteException(element, "required, but empty.") : string.Empty;
        }

        foreach (var c in value)
        {
            if (c is Element or Component or Repetition or Terminator || char.IsControl(c))
            {
                throw new X12WriteException(element, "contains an X12 delimiter (* : ^ ~) or a control character.");
            }
        }

        return value.Trim();
    }

    public static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Quantity(decimal quantity) => quantity.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
