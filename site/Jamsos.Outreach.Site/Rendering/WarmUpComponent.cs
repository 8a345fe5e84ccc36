using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>
/// A page-shaped component with no site behind it: an element with attributes, text, markup and a
/// child component with child content, the render-tree paths every real page takes. Rendering it once
/// loads and compiles the renderer's code before any page needs it (see <see cref="PageRenderer.WarmUpAsync"/>).
/// </summary>
internal sealed class WarmUpComponent : ComponentBase
{
    [Parameter]
    public string Text { get; set; } = string.Empty;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "class", "warm-up");
        builder.AddAttribute(2, "hidden", true);
        builder.AddContent(3, Text);
        builder.AddMarkupContent(4, "<b>&amp;</b>");
        if (ChildContent is null)
        {
            builder.OpenComponent<WarmUpComponent>(5);
            builder.AddComponentParameter(6, nameof(Text), Text);
            builder.AddComponentParameter(7, nameof(ChildContent), (RenderFragment)(child => child.AddContent(0, Text)));
            builder.CloseComponent();
        }
        else
        {
            builder.AddContent(8, ChildContent);
        }

        builder.CloseElement();
    }
}
