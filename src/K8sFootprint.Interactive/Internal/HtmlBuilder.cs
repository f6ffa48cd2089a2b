using System.Net;
using System.Text;

namespace K8sFootprint.Interactive.Internal;

/// <summary>Builds an HTML fragment. Every piece of text goes through <see cref="WebUtility.HtmlEncode(string)"/>;
/// tags and attribute names are constants of this assembly, never data.</summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    /// <summary>Opens an element with an optional class.</summary>
    public HtmlBuilder Open(string tag, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            Attribute("class", cssClass);
        }

        _html.Append('>');
        return this;
    }

    /// <summary>Opens an element with attributes whose values are encoded.</summary>
    public HtmlBuilder Open(string tag, params (string Name, string Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            Attribute(name, value);
        }

        _html.Append('>');
        return this;
    }

    /// <summary>Closes an element.</summary>
    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    public HtmlBuilder Text(string text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Writes an element holding encoded text.</summary>
    public HtmlBuilder Element(string tag, string text, string? cssClass = null) =>
        Open(tag, cssClass).Text(text).Close(tag);

    /// <summary>Writes a header cell that names its row.</summary>
    public HtmlBuilder RowHeader(string text) =>
        Open("th", ("scope", "row"), ("style", "text-align:left")).Text(text).Close("th");

    /// <summary>Writes a data cell of words, aligned left.</summary>
    public HtmlBuilder TextCell(string text) => Open("td", ("style", "text-align:left")).Text(text).Close("td");

    /// <summary>Writes a data cell holding a figure, aligned right.</summary>
    public HtmlBuilder FigureCell(string text) => Open("td", ("style", "text-align:right")).Text(text).Close("td");

    /// <summary>Writes a table's head row.</summary>
    public HtmlBuilder Head(params string[] headers)
    {
        Open("thead").Open("tr");
        foreach (string header in headers)
        {
            Open("th", ("scope", "col")).Text(header).Close("th");
        }

        return Close("tr").Close("thead");
    }

    /// <inheritdoc/>
    public override string ToString() => _html.ToString();

    private void Attribute(string name, string value) =>
        _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
}
