package app.accord.directory.leas;

import app.accord.directory.LeaType;
import app.accord.directory.Region;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Regions and LEA types are stored by their stable slugs, not by ordinal or constant. */
final class Converters {

	private Converters() {
	}

	@Converter(autoApply = true)
	static class RegionConverter implements AttributeConverter<Region, String> {

		@Override
		public String convertToDatabaseColumn(Region region) {
			return region == null ? null : region.slug();
		}

		@Override
		public Region convertToEntityAttribute(String slug) {
			return slug == null ? null : Region.require(slug);
		}

	}

	@Converter(autoApply = true)
	static class LeaTypeConverter implements AttributeConverter<LeaType, String> {

		@Override
		public String convertToDatabaseColumn(LeaType type) {
			return type == null ? null : type.slug();
		}

		@Override
		public LeaType convertToEntityAttribute(String slug) {
			return slug == null ? null : LeaType.require(slug);
		}

	}

}
