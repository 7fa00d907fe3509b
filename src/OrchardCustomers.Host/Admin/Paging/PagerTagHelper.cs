using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Host.Admin.Paging;

/// <summary>
/// <c>&lt;pager model="Model.Pager" /&gt;</c>: previous/next links, the position, and a page-size choice. Links keep
/// the rest of the query string, so the list's state stays in the URL.
/// </summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(IStringLocalizer<PagerTagHelper> S) : TagHelper
{
    public required Pager Model { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", S["Pages"].Value);
        output.Attributes.SetAttribute("data-testid", "pager");

        var request = ViewContext.HttpContext.Request;
        var enc = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        html.Append(Link(request, Model.Page - 1, S["Previous"], Model.HasPrevious, "pager-previous"));
        html.Append(CultureInfo.CurrentCulture, $"<span class=\"pager-position\">{enc.Encode(S["Page {0} of {1} ({2} entries)", Model.Page, Model.PageCount, Model.Total.ToString("N0", CultureInfo.CurrentCulture)])}</span>");
        html.Append(Link(request, Model.Page + 1, S["Next"], Model.HasNext, "pager-next"));

        html.Append("<form method=\"get\" class=\"pager-size\">");
        foreach (var (key, value) in request.Query.Where(q => q.Key is not "page" and not "pageSize"))
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{enc.Encode(key)}\" value=\"{enc.Encode(value.ToString())}\">");
        }

        html.Append(CultureInfo.InvariantCulture, $"<label>{enc.Encode(S["Per page"])} <select name=\"pageSize\" data-autosubmit data-testid=\"page-size\">");
        foreach (var size in Pager.PageSizes.Union([Model.PageSize]).Order())
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{size}\"{(size == Model.PageSize ? " selected" : "")}>{size}</option>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</select></label><button type=\"submit\" class=\"button small js-hidden\">{enc.Encode(S["Apply"])}</button></form>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Link(HttpRequest request, int page, string text, bool enabled, string testId)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        if (!enabled)
        {
            return $"<span class=\"pager-link disabled\" aria-disabled=\"true\">{encoded}</span>";
        }

        var query = new QueryBuilder(request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "page", page.ToString(CultureInfo.InvariantCulture) },
        };
        var href = HtmlEncoder.Default.Encode(request.PathBase + request.Path + query.ToQueryString());
        return $"<a class=\"pager-link\" href=\"{href}\" data-testid=\"{testId}\">{encoded}</a>";
    }
}
