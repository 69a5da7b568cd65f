import Foundation
import Mustache

// How templates read the view models: a switch per type instead of Mirror reflection, which made
// a results page take ~10 ms to render. A field that is present but empty answers NSNull, so the
// template does not climb to a parent's field of the same name (a card without a phone must not
// pick up some other phone). Keep each list in step with its type's stored properties.

@inline(__always) func field(_ value: Any?) -> Any { value ?? NSNull() }

extension PhoneLink: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "display": self.display
        case "telHref": self.telHref
        default: nil
        }
    }
}

extension ErrorPageModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "chrome": self.chrome
        case "heading": self.heading
        case "message": self.message
        default: nil
        }
    }
}

extension HNAPageModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "chrome": self.chrome
        case "hasErrors": self.hasErrors
        case "errors": self.errors
        case "postcode": self.postcode
        case "postcodeError": field(self.postcodeError)
        case "concernsError": field(self.concernsError)
        case "sections": self.sections
        case "hasSuggestions": self.hasSuggestions
        case "placeLabel": self.placeLabel
        case "notes": self.notes
        case "groups": self.groups
        case "carry": self.carry
        default: nil
        }
    }
}

extension HNAPageModel.Item: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "key": self.key
        case "slug": self.slug
        case "label": self.label
        case "ticked": self.ticked
        case "score": self.score
        case "error": field(self.error)
        default: nil
        }
    }
}

extension HNAPageModel.Section: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "heading": self.heading
        case "items": self.items
        default: nil
        }
    }
}

extension HNAPageModel.Suggestion: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "id": self.id
        case "need": self.need
        case "name": self.name
        case "organisation": self.organisation
        case "reason": self.reason
        case "alsoHelps": field(self.alsoHelps)
        case "phone": field(self.phone)
        case "pickValue": self.pickValue
        case "picked": self.picked
        default: nil
        }
    }
}

extension HNAPageModel.Group: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "need": self.need
        case "name": self.name
        case "concernsLine": self.concernsLine
        case "widened": field(self.widened)
        case "hasSuggestions": self.hasSuggestions
        case "suggestions": self.suggestions
        default: nil
        }
    }
}

extension HNAPageModel.Hidden: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "name": self.name
        case "value": self.value
        default: nil
        }
    }
}

extension HomePageModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "chrome": self.chrome
        case "hasErrors": self.hasErrors
        case "errors": self.errors
        case "form": self.form
        default: nil
        }
    }
}

extension PageChrome: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "findHelp": self.findHelp
        case "linkWorkers": self.linkWorkers
        case "noindex": self.noindex
        default: nil
        }
    }
}

extension FieldError: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "field": self.field
        case "message": self.message
        default: nil
        }
    }
}

extension ResultsPageModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "chrome": self.chrome
        case "hasErrors": self.hasErrors
        case "errors": self.errors
        case "form": self.form
        case "heading": self.heading
        case "corrections": self.corrections
        case "notes": self.notes
        case "hasCrisis": self.hasCrisis
        case "crisis": self.crisis
        case "hasResults": self.hasResults
        case "results": self.results
        case "pagination": field(self.pagination)
        case "refineOpen": self.refineOpen
        case "hidden": self.hidden
        case "filters": self.filters
        case "filtersActive": self.filtersActive
        case "clearFilters": field(self.clearFilters)
        case "widen": self.widen
        case "related": self.related
        default: nil
        }
    }
}

extension ResultsPageModel.Option: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "value": self.value
        case "label": self.label
        case "selected": self.selected
        default: nil
        }
    }
}

extension ResultsPageModel.Filters: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "openNow": self.openNow
        case "free": self.free
        case "wheelchair": self.wheelchair
        case "deliveryOptions": self.deliveryOptions
        case "languageOptions": self.languageOptions
        case "sortOptions": self.sortOptions
        default: nil
        }
    }
}

extension ResultsPageModel.Pagination: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "page": self.page
        case "pages": self.pages
        case "previous": field(self.previous)
        case "next": field(self.next)
        default: nil
        }
    }
}

extension ResultsPageModel.Link: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "href": self.href
        case "name": self.name
        default: nil
        }
    }
}

extension ResultsPageModel.Widen: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "href": self.href
        case "miles": self.miles
        default: nil
        }
    }
}

extension ResultsPageModel.Hidden: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "name": self.name
        case "value": self.value
        default: nil
        }
    }
}

extension SearchFormModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "postcode": self.postcode
        case "needSlugs": self.needSlugs
        case "q": self.q
        case "needs": self.needs
        case "postcodeError": field(self.postcodeError)
        case "needError": field(self.needError)
        case "qError": field(self.qError)
        default: nil
        }
    }
}

extension SearchFormModel.NeedChoice: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "slug": self.slug
        case "name": self.name
        case "checked": self.checked
        default: nil
        }
    }
}

extension ServiceCardModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "id": self.id
        case "name": self.name
        case "organisation": self.organisation
        case "summary": self.summary
        case "distance": field(self.distance)
        case "covers": field(self.covers)
        case "hoursLine": field(self.hoursLine)
        case "openNow": self.openNow
        case "closedNow": self.closedNow
        case "nextChange": field(self.nextChange)
        case "deliveryLine": field(self.deliveryLine)
        case "cost": field(self.cost)
        case "phone": field(self.phone)
        case "email": field(self.email)
        case "hasContact": self.hasContact
        case "lastChecked": field(self.lastChecked)
        case "stale": self.stale
        case "urgent": self.urgent
        default: nil
        }
    }
}

extension ServicePageModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "chrome": self.chrome
        case "service": self.service
        default: nil
        }
    }
}

extension ServicePageModel.NeedLink: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "href": self.href
        case "name": self.name
        case "last": self.last
        default: nil
        }
    }
}

extension ServicePageModel.Location: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {

        case "name": field(self.name)
        case "address": field(self.address)
        case "postcode": field(self.postcode)
        default: nil
        }
    }
}

extension ServicePageModel.Detail: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "organisation": self.organisation
        case "paragraphs": self.paragraphs
        case "hasNeeds": self.hasNeeds
        case "needLinks": self.needLinks
        case "phone": field(self.phone)
        case "email": field(self.email)
        case "website": field(self.website)
        case "hasContact": self.hasContact
        case "deliveryLine": field(self.deliveryLine)
        case "hasLocations": self.hasLocations
        case "locations": self.locations
        case "hasHours": self.hasHours
        case "hours": self.hours
        case "openNow": self.openNow
        case "closedNow": self.closedNow
        case "nextChange": field(self.nextChange)
        case "cost": field(self.cost)
        case "eligibility": field(self.eligibility)
        case "areaLine": field(self.areaLine)
        case "wheelchairLine": field(self.wheelchairLine)
        case "languagesLine": field(self.languagesLine)
        case "lastChecked": field(self.lastChecked)
        case "stale": self.stale
        default: nil
        }
    }
}

extension ShortlistPageModel: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "chrome": self.chrome
        case "id": self.id
        case "created": self.created
        case "expires": self.expires
        case "entries": self.entries
        default: nil
        }
    }
}

extension ShortlistPageModel.Entry: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "position": self.position
        case "name": self.name
        case "withdrawn": self.withdrawn
        case "organisation": self.organisation
        case "needName": field(self.needName)
        case "summary": self.summary
        case "phone": field(self.phone)
        case "email": field(self.email)
        case "website": field(self.website)
        case "addresses": self.addresses
        case "hoursText": field(self.hoursText)
        case "cost": field(self.cost)
        default: nil
        }
    }
}
